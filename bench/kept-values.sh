#!/usr/bin/env sh
# What keeping a dropped column's values aside costs on H2 (issue 16): a migration dropping a NOT NULL
# column of a table of N rows through the runner against the bare ALTER TABLE ... DROP COLUMN, and the
# undo that puts the values back after a failure. Usage: bench/kept-values.sh [ROWS]   (default 100000)
set -eu
cd "$(dirname "$0")/.."
cp=$(mktemp)
mvn -B -ntp -q -pl runtime -am test-compile dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test > /dev/null
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "runtime/target/test-classes:runtime/target/classes:$(cat "$cp")" \
    dev.retort.runner.KeptValuesCost "${1:-100000}"
