# shelve and dbm.dumb: round trips in a temporary folder, writeback, the files, closed and read-only errors
import os
import shelve
import tempfile
import dbm
import dbm.dumb

tmp = tempfile.TemporaryDirectory()
base = os.path.join(tmp.name, 'store')

with dbm.dumb.open(base, 'c') as db:
    db['alpha'] = b'one'
    db[b'beta'] = 'two'
    db['gamma'] = b'x' * 600
    db['alpha'] = b'ONE!'           # fits in its block: stays in place
    db['beta'] = b'y' * 1000        # needs more blocks: moves to the end
    print(sorted(db.keys()), len(db), 'alpha' in db, b'zeta' in db)
    print(db['alpha'], db[b'beta'][:3], len(db['beta']))
    del db['gamma']
    for bad in ((1, b'v'), ('k', 2)):
        try:
            db[bad[0]] = bad[1]
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        db['missing']
    except KeyError as e:
        print('KeyError', e)
print(sorted(os.listdir(tmp.name)))
print(os.path.getsize(base + '.dat'))
with open(base + '.dir', encoding='latin-1') as f:
    print(f.read(), end='')
print(dbm.whichdb(base), dbm.whichdb(os.path.join(tmp.name, 'nothing')))

ro = dbm.open(base, 'r')
print(sorted((k, len(v)) for k, v in ro.items()))
try:
    ro['new'] = b'1'
except dbm.error as e:
    print(type(e).__name__, e)
ro.close()
try:
    ro['alpha']
except OSError as e:
    print(type(e).__name__, e)
for args in ((os.path.join(tmp.name, 'absent'), 'r'), (base, 'x')):
    try:
        dbm.open(*args)
    except (dbm.error[0], ValueError) as e:
        print(type(e).__name__, e)

shelf_path = os.path.join(tmp.name, 'shelf')
with shelve.open(shelf_path) as sh:
    sh['numbers'] = [1, 2, 3]
    sh['nested'] = {'a': (1, 2.5), 'b': None}
    sh['text'] = 'héllo'
    sh['numbers'].append(4)          # not saved without writeback
    print(sorted(sh), len(sh), 'text' in sh, sh.get('nope', 'default'))
with shelve.open(shelf_path, writeback=True) as sh:
    print(sh['numbers'], sh['nested'], sh['text'])
    sh['numbers'].append(5)          # saved at close with writeback
    del sh['text']
with shelve.open(shelf_path, flag='r') as sh:
    print(sorted(sh.items()))
    try:
        sh['x'] = 1
    except dbm.error as e:
        print(type(e).__name__, e)
sh = shelve.Shelf({}, protocol=0)
sh['k'] = [1]
print(sh.dict, list(sh))
sh.close()
print(repr(sh.dict))
try:
    sh['k']
except ValueError as e:
    print(type(e).__name__, e)
tmp.cleanup()
