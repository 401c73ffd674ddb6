# linecache: lines of this very file, missing files and lines, the cache
import linecache
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 2)), repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 999)))
lines = linecache.getlines(__file__)
print(len(lines) > 5, lines[-1].endswith("\n"), __file__ in linecache.cache)
print(linecache.getlines("no_such_file.py"), repr(linecache.getline("<string>", 1)))
linecache.checkcache(__file__)
linecache.clearcache()
print(__file__ in linecache.cache, repr(linecache.getline(__file__, 3)))
print(linecache.updatecache(__file__)[0])
