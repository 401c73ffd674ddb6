# pickle.dumps of tuples, lists, dicts, sets and frozensets, shared and recursive ones
# through the memo, batches of 1000 items and the 64 KiB frames of protocol 4.
import pickle
import hashlib

shared = [1, 2]
rec = [0]
rec.append(rec)
d = {}
d['self'] = d
t = ([],)
t[0].append(t)
fs = frozenset([1])
values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {'a': 1},
          {'a': 1, 'b': [2, (3,)]}, set(), {1}, {1, 2, 3}, frozenset(), frozenset([4, 5]),
          [shared, shared, (shared,)], [fs, fs], [(1, 2)] * 3, {'k': ('v',)}]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        print(proto, data, pickle.loads(data) == v)
    for v in (rec, d, t):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, data)
        if v is rec:
            print(back[1] is back, back[0])
        elif v is d:
            print(back['self'] is back)
        else:
            print(back[0][0] is back)


def digest(data):
    return len(data), hashlib.sha1(data).hexdigest()[:16], data[:24], data[-16:]


big = {
    'l1000': list(range(1000)), 'l1001': list(range(1001)), 'l2001': list(range(2001)),
    'd1000': {i: i for i in range(1000)}, 'd1001': {i: -i for i in range(1001)},
    's1000': set(range(1000)), 's1001': set(range(1001)), 'fs1001': frozenset(range(1001)),
    'big_bytes': [b'a' * 70000, b'b' * 10], 'big_str': ['x' * 65536, 'y'],
    'big_bytearray': bytearray(b'z' * 66000),
    'many': [[i, float(i), (i, i)] for i in range(300)],
    'frames': [('%05d' % i) * 20 for i in range(700)] + [[i] for i in range(100)],
    'nested': [[[[i]]] for i in range(100)], 'long': 2 ** 3000, 'big_tuple': tuple(range(300)),
}
for name, v in big.items():
    for proto in (0, 2, 4, 5):
        data = pickle.dumps(v, proto)
        print(name, proto, digest(data), pickle.loads(data) == v)
