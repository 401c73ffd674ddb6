# The traceback module reads source lines through linecache, so code compiled from a string
# under a made-up file name shows its lines once they are put in linecache.cache (as doctest
# and IPython do); the interpreter's own report of an uncaught exception reads only files.
import linecache
import sys
import traceback

src = "def f(x):\n    return 1 / x\n\ndef g():\n    raise KeyError('k')\n"
code = compile(src, '<fake-src>', 'exec')
ns = {}
exec(code, ns)


def show(fn):
    try:
        fn()
    except Exception:
        # limit=-1: only the innermost entry (the others name this file by its full path).
        traceback.print_exc(limit=-1, file=sys.stdout)
        tb = sys.exc_info()[2]
        last = traceback.extract_tb(tb)[-1]
        print(repr(last.line), tuple(last))
        print(traceback.format_exc().count('\n'), len(traceback.extract_tb(tb)))


show(lambda: ns['f'](0))
linecache.cache['<fake-src>'] = (len(src), None, src.splitlines(True), '<fake-src>')
show(lambda: ns['f'](0))
show(lambda: ns['g']())
# Lines kept without newlines (timeit's way): the carets sit one column further right.
linecache.cache['<fake-src>'] = (len(src), None, src.split('\n'), '<fake-src>')
show(lambda: ns['f'](0))
# An entry with too few lines shows none, and does not fall back to anything else.
linecache.cache['<fake-src>'] = (0, None, ['only one line\n'], '<fake-src>')
show(lambda: ns['g']())
linecache.cache['<fake-src>'] = (len(src), None, src.splitlines(True), '<fake-src>')


def outer():
    return traceback.format_stack(limit=2)[:1]


exec(compile('def s():\n    return outer()\n', '<fake-src>', 'exec'), {'outer': outer}, ns)
print(''.join(ns['s']()))
print(traceback.format_list([('<fake-src>', 2, 'f', None), ('<fake-src>', 5, 'g', 'given  ')]))
fs = traceback.FrameSummary('<fake-src>', 1, 'f')
print(repr(fs.line), fs.filename, fs.lineno, fs.name)
print(repr(traceback.FrameSummary('<nowhere>', 1, 'f').line))
print(traceback.StackSummary.from_list([('<fake-src>', 4, 'g', None)]).format())
del linecache.cache['<fake-src>']
show(lambda: ns['g']())
linecache.cache['<fake-src>'] = (len(src), None, src.splitlines(True), '<fake-src>')
ns['f'](0)
