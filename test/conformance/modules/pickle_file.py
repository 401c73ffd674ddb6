# pickle.dump/load through a file (several pickles in one stream), Pickler/Unpickler
# subclasses with persistent_id/persistent_load, dispatch_table, reducer_override and
# the memo kept across dump() calls; loads of pickles written by Python 2.
import pickle
import io
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


buf = io.BytesIO()
for proto in range(6):
    pickle.dump({'proto': proto, 'p': Point(proto, [proto])}, buf, proto)
data = buf.getvalue()
print(len(data))
buf.seek(0)
for proto in range(6):
    print(pickle.load(buf), buf.tell())
try:
    pickle.load(buf)
except EOFError as e:
    print('EOFError', e)

# The memo lives as long as the Pickler: a second dump refers to the first.
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
shared = [1, 2]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
a = u.load()
b = u.load()
c = u.load()
print(a, b, c, a is b, a is c)


class DB:
    rows = {'r1': 'row one', 'r2': 'row two'}


class Row:
    def __init__(self, key):
        self.key = key


class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Row):
            return obj.key
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return DB.rows[pid]


for proto in (0, 1, 2, 4):
    buf = io.BytesIO()
    PersistentPickler(buf, proto).dump([Row('r1'), 5, Row('r2')])
    print(proto, buf.getvalue())
    buf.seek(0)
    print(PersistentUnpickler(buf).load())


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = lambda p: (Point, (p.y, p.x))


buf = io.BytesIO()
TablePickler(buf, 4).dump([Point(1, 2)])
print(buf.getvalue(), pickle.loads(buf.getvalue()))


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (Point, (0, 0))
        return NotImplemented


buf = io.BytesIO()
OverridePickler(buf, 3).dump((Point(5, 6), 7))
print(buf.getvalue(), pickle.loads(buf.getvalue()))

# Python 2 wrote these (protocols 0-2): str, unicode, long, old names, INST and OBJ.
py2 = [b"(lp0\nS'abc'\np1\naVd\\xe9j\\xe0\np2\naL12345678901234567890L\naI1\na.",
       b"(dp0\nS'k'\np1\n(lp2\nI1\naI2\nas.",
       b'\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.',
       b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02.',
       b'\x80\x02cexceptions\nValueError\nq\x00U\x03badq\x01\x85q\x02Rq\x03.',
       b'(i__main__\nPoint\np0\n(dp1\nS\'x\'\np2\nI1\nsS\'y\'\np3\nI2\nsb.',
       b'(c__main__\nPoint\nq\x00o}q\x01(U\x01xK\x03U\x01yK\x04ub.',
       b'V\\u20ac\xe9\\U0001f600\n.', b'\x80\x02U\x05bytesq\x00.', b'T\x03\x00\x00\x00abc.']
for data in py2:
    print(pickle.loads(data))
print(pickle.loads(py2[0], encoding='latin1'), pickle.loads(py2[-2], encoding='bytes'))
print(pickle.dumps(range(5), 2), pickle.dumps(ValueError, 2), pickle.dumps(ValueError, 2, fix_imports=False))
