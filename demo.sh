#!/usr/bin/env sh
# Retort's quick start: builds Retort and the show planner with Maven, then shows javac's checks at
# work and migrates an embedded H2 database file with the command line. Needs a JDK 17+ and Maven.
set -eu
cd "$(dirname "$0")"
echo "Building Retort and the show planner (mvn package; the first run downloads the dependencies)..."
log=$(mktemp)
if ! mvn -B -ntp -Pdemo -pl integration-tests -am package -DskipTests > "$log" 2>&1; then
    cat "$log"
    echo "The build failed; its log is above (and in $log)."
    exit 1
fi
rm -f "$log"
exec java -cp "integration-tests/target/classes:$(cat integration-tests/target/demo.classpath)" \
    dev.retort.showplanner.demo.Demo integration-tests
