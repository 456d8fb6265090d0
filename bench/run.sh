#!/usr/bin/env sh
# Retort's benchmarks: compile time (javac with and without the processor, and with Hibernate's
# metamodel generator) and run time (Retort, plain JDBC, Flyway, Liquibase on H2), in one run.
# Usage: bench/run.sh [ENTITIES ...]   (default: 50 300; e.g. bench/run.sh 50 300 1200)
#        bench/run.sh runtime          (the run-time part alone)
#        bench/run.sh heap [ENTITIES]    (the peak heap alone, of a project of 1200 entities unless given)
#        bench/run.sh rebuild [ENTITIES] (the one-file rebuild alone, of a project of 1200 entities unless given)
#        bench/run.sh scale            (the sizes 50 300 1200 5000: 5000 entities are 25000 migrations,
#                                       one run each above 2000; writes bench/scaling.md and bench/scaling.svg)
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "scale" ]; then
    set -- 50 300 1200 5000
fi
echo "Building (mvn package -Pbench)..."
log=$(mktemp)
if ! mvn -B -ntp -Pbench -pl integration-tests -am package -DskipTests > "$log" 2>&1; then
    cat "$log"; echo "The build failed."; exit 1
fi
rm -f "$log"
exec java -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "integration-tests/target/classes:$(cat integration-tests/target/bench.classpath)" \
    dev.retort.bench.Benchmarks integration-tests/target/bench "$@"
