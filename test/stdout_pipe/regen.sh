#!/bin/sh
# Regenerates NAME.out and NAME.err for every NAME.py here from CPython 3.11 (python3 on PATH,
# or $TPY_ORACLE), run with stdout and stderr on pipes and without PYTHONUNBUFFERED, as
# test/cli.test.ts runs tpy on the same programs.
set -e
here=$(cd "$(dirname "$0")" && pwd)
oracle=${TPY_ORACLE:-python3}
for prog in "$here"/*.py; do
  name=${prog%.py}
  env -u PYTHONUNBUFFERED "$oracle" "$prog" > "$name.out" 2> "$name.err"
done
