#!/bin/sh
# Regenerates the *.expected files from CPython: run from anywhere, with python3 (3.11.7 on
# PATH) as the oracle. Each case is `python3 -m trace OPTIONS prog.py ARGS` in a scratch copy
# of this folder; see test/trace_cli.test.ts for the same cases run on tpy.
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/prog.py" "$here/loops.py" "$work/"
cd "$work"
export COLUMNS=80  # argparse wraps --help to the terminal width
python3 -m trace --count -C cov --missing --summary prog.py a b > "$here/count_missing_summary.expected"
cp cov/prog.cover "$here/count_missing_summary.cover.expected"
python3 -m trace --count prog.py > "$here/count.expected"
cp prog.cover "$here/count.cover.expected"
python3 -m trace --trace prog.py a > "$here/trace.expected"
python3 -m trace --trace --count -R prog.py exit > "$here/trace_count_exit.expected"
python3 -m trace --listfuncs prog.py > "$here/listfuncs.expected"
python3 -m trace --trackcalls prog.py > "$here/trackcalls.expected"
python3 -m trace --listfuncs --trackcalls prog.py > "$here/listfuncs_trackcalls.expected"
python3 -m trace --count --missing -C cov loops.py > "$here/loops.expected"
cp cov/loops.cover "$here/loops.cover.expected"
python3 -m trace --help > "$here/help.expected"
python3 -m trace 2> "$here/no_options.expected" || true
