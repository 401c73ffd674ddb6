# pdb.Pdb driven by commands from a StringIO: stepping, breakpoints, listings, values, errors, help.
import io
import linecache
import pdb
import sys

SOURCE = '''\
import math

class Point:
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

    def norm(self):
        return math.hypot(self.x, self.y)


def total(items, *rest, scale=1, **opts):
    s = 0
    for k, v in enumerate(items):
        s += v * scale
    # a comment
    return s


def main():
    pts = [Point(i, i + 1) for i in range(3)]
    t = total([1, 2, 3], 4, scale=2, flag=True)
    names = {'a': list(range(30)), 'b': 'x' * 10}
    for p in pts:
        print(round(p.norm(), 3))
    print(t, len(names))
    return t
'''

# The program lives in linecache under a <name>, so every path printed is the same everywhere.
linecache.cache['<demo>'] = (len(SOURCE), None, SOURCE.splitlines(True), '<demo>')
namespace = {'__name__': 'demo'}
exec(compile(SOURCE, '<demo>', 'exec'), namespace)


def session(commands, call):
    print('=' * 20)
    debugger = pdb.Pdb(stdin=io.StringIO(commands), stdout=sys.stdout, readrc=False)
    result = call(debugger)
    print('result:', result)
    return debugger


# Stepping: into calls (--Call--), over them, out of them (--Return--), until a line.
session('s\ns\ns\nn\nn\ns\nargs\nr\nretval\nn\nunt 29\nn\nc\n',
        lambda d: d.runcall(namespace['main']))

# Breakpoints: on a function, with a condition, temporary, listing, enable/disable/ignore/condition/clear.
session('b total\nb 19, v == 2\ntbreak 28\nb\nb 20\nb 99\nb nosuch\nc\na\np s, v\nc\np s, v\n'
        'disable 2\nenable 2\ncondition 2\ncondition 2 v == 3\nignore 1 2\nignore 1\nignore 9\n'
        'disable x\nclear 5\nclear 1\nclear <demo>:19\nclear <demo>:40\nb\nc\nc\n',
        lambda d: d.runcall(namespace['main']))

# Listings, values, displays, statements and errors.
session('unt 28\nll\nl .\nl\nl\nl 1,5\nl 10, 3\nl x\nd\n'
        'display len(pts)\ndisplay t\ndisplay\nn\nundisplay t\nundisplay zz\n'
        'whatis main\nwhatis Point\nwhatis pts[0].norm\nwhatis 3\npp names\np zz\nzz = 5\np zz\n'
        '!pts = []\npts\nx = 1; y = 2\np x + y\np 1/0\nwhatis nope\nunt 3\nunt x\nd x\n'
        'alias pl p len(%1)\nalias\nalias pl\nalias qq\npl pts\nunalias pl\npl\np 1;; p 2\n'
        'rv\nj x\nq\n',
        lambda d: d.runcall(namespace['main']))

# run() of a string and runeval() of an expression; EOF on the input ends the session.
session('s\np __name__\nn\n', lambda d: d.run('total([5, 6])', namespace))
session('s\nn\nn\nn\nr\nc\n', lambda d: d.runeval('total([1]) + 1', namespace))

# Help: the command listing, one command's text, help exec, unknown topics.
session('help\nhelp next\nhelp exec\n?whatis\nhelp nope\nc\n', lambda d: d.runeval('1'))
