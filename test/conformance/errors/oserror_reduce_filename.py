# OSError's copy and pickle keep filename and filename2 (its __reduce__ puts them back in args).
import pickle, copy
for e in [OSError(1, 'strErrorStr', 'filenameStr'), OSError('foo', 'bar', 'baz'), OSError(1, 'a', 'f', None, 'f2'), OSError('x'), OSError('foo', 'bar', 'baz', 'quux'), FileNotFoundError(2, 'nf', 'p')]:
    n = pickle.loads(pickle.dumps(e))
    print(repr(n), n.args, n.errno, n.strerror, n.filename, n.filename2, type(n).__name__)
    print(e.__reduce__())
    c = copy.copy(e)
    print(c.args, c.filename)
