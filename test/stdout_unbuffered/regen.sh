#!/bin/sh
# Regenerates NAME.out and NAME.err for every NAME.py here from CPython 3.11 (python3 on PATH,
# or $TPY_ORACLE) run with -u (stdout and stderr write-through), on pipes, as test/cli.test.ts
# runs tpy -u on the same programs.
set -e
here=$(cd "$(dirname "$0")" && pwd)
oracle=${TPY_ORACLE:-python3}
for prog in "$here"/*.py; do
  name=${prog%.py}
  (cd "$here" && env -u PYTHONUNBUFFERED "$oracle" -u "$(basename "$prog")" > "$name.out" 2> "$name.err")
done
