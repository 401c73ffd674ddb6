# The profile statistics browser (`python -m pstats FILE MORE...`): read, add, sort, reverse,
# strip, stats/callers/callees with restrictions, help texts and the messages for bad input.
import io
import os
import sys
import runpy

commands = """stats
read
read _data/missing.prof
read _data/demo.prof
help
help stats
help sort
help read
help add
help reverse
help strip
help callers
help callees
help EOF
help help
help quit
help nothing
nothing
sort
sort calls bogus
sort calls name
stats 3
stats 1.5 0.5 helper
callers helper
callees 2
add _data/missing.prof
reverse
strip
stats
? sort

read
quit
"""


def browse(argv, text):
    out = io.StringIO()
    saved = sys.argv, sys.stdin, sys.stdout
    sys.argv, sys.stdin, sys.stdout = argv, io.StringIO(text), out
    try:
        runpy.run_module('pstats', run_name='__main__')
    finally:
        sys.argv, sys.stdin, sys.stdout = saved
    # The header of a loaded file holds its mtime, which depends on the checkout.
    for line in out.getvalue().splitlines():
        for name in ('demo.prof', 'second.prof'):
            if line.endswith('    _data/' + name):
                line = 'MTIME    _data/' + name
        print(line)


browse(['pstats.py'], commands)
browse(['pstats.py', '_data/demo.prof', '_data/second.prof'], 'sort stdname\nstats\nread\nstats 2\n')
browse(['pstats.py', '_data/missing.prof'], 'stats\n')
