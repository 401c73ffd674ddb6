# pdb's j(ump) LINENO: forward and backward jumps, the jumps 3.11 refuses, and where jump is not allowed.
import io
import linecache
import pdb
import sys

SOURCE = '''\
def work(out):
    out.append(1)
    out.append(2)
    for i in range(2):
        out.append(10 + i)
    out.append(5)
    return out


def outer():
    res = work([])
    return res
'''

linecache.cache['<jump>'] = (len(SOURCE), None, SOURCE.splitlines(True), '<jump>')
namespace = {'__name__': 'jumpdemo'}
exec(compile(SOURCE, '<jump>', 'exec'), namespace)


def session(commands, call):
    print('=' * 20)
    debugger = pdb.Pdb(stdin=io.StringIO(commands), stdout=sys.stdout, readrc=False)
    result = call(debugger)
    print('result:', result)


# Forward over a line, then backward to run lines again.
session('n\nj 3\nn\nj 2\nn\nn\np out\nc\n', lambda d: d.runcall(namespace['work'], []))
# A jump to a line without code goes to the next line that has some; 'j' is jump.
session('j 9\nj 1\nj 0\nj 4\nn\nj 5\nn\nn\nj 6\nc\n', lambda d: d.runcall(namespace['work'], []))
# Out of the for loop, back into it (refused), and bad arguments.
session('unt 5\np i\nj 6\np out\nj 5\nj\nj abc\nc\n', lambda d: d.runcall(namespace['work'], []))
# Only in the bottom frame, and only at a line: not at --Call-- or --Return--.
session('s\nj 3\nn\nu\nj 11\nd\nj 3\nunt 7\nn\nj 3\nc\n', lambda d: d.runcall(namespace['outer']))
