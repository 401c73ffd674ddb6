# linecache: files without a final newline, coding cookies, BOMs, cache entries, pseudo-files, directories
import linecache
import os

for name in ['_mod_linecache_nonl.py', '_mod_linecache_latin1.py', '_mod_linecache_bom.py']:
    lines = linecache.getlines(name)
    print(name, len(lines), [l for l in lines])
    entry = linecache.cache[name]
    print(len(entry), entry[0] == os.path.getsize(name), entry[2] is lines, entry[3])
print(repr(linecache.getline('_mod_linecache_latin1.py', 3)))
print(linecache.getlines('<stdin>'), linecache.getlines(''), linecache.getlines('.'), linecache.getlines('no/such.py'))
print('<stdin>' in linecache.cache, '.' in linecache.cache, 'no/such.py' in linecache.cache)
print(linecache.lazycache('<stdin>', {}), linecache.lazycache('linecache_files.py', None), linecache.lazycache('', {}))
print(repr(linecache.getline('_mod_linecache_nonl.py', -1)), repr(linecache.getline('_mod_linecache_nonl.py', 2)))
linecache.checkcache('not-cached.py')
linecache.checkcache()
print(sorted(k for k in linecache.cache if k.startswith('_mod')))
linecache.cache['fake.py'] = (3, None, ['a\n'], 'fake.py')
linecache.checkcache('fake.py')
print(linecache.getline('fake.py', 1), 'fake.py' in linecache.cache)
linecache.cache['gone.py'] = (3, 1.0, ['a\n'], 'gone.py')
linecache.checkcache()
print('gone.py' in linecache.cache)
print(linecache.updatecache('_mod_linecache_nonl.py')[-1], linecache.__all__)
