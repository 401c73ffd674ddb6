# ImportError's copy and pickle keep name and path (its __reduce__ puts them in the state).
import copy, pickle
for kwargs in (dict(), dict(name='somename'), dict(path='somepath'), dict(name='somename', path='somepath')):
    orig = ImportError('test', **kwargs)
    print(orig.__reduce__())
    for c in (copy.copy, copy.deepcopy, lambda e: pickle.loads(pickle.dumps(e))):
        exc = c(orig)
        print(exc.args, exc.msg, exc.name, exc.path)
e = ModuleNotFoundError('z', name='q')
e.extra = 1
print(e.__reduce__(), copy.copy(e).extra)
