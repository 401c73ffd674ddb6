# pickletools.dis on the pickles pickle writes, protocols 0-2
import pickle, pickletools, io, collections, datetime, decimal

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

Pair = collections.namedtuple('Pair', 'a b')
shared = [1, 2]
samples = [
    None, True, False, 0, 255, 65535, -1, 2**31, 2**70, -2**70, 1.5, -0.0, float('inf'),
    'text', 'ünï', 'x' * 300, b'raw', b'\x00' * 300, bytearray(b'ba'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, 'a'], list(range(30)), {}, {'k': 'v', 1: [2]},
    set(), {1, 2}, frozenset({3}), [shared, shared], Point(1, 2), Pair(1, 2), datetime.date(2024, 1, 2),
    decimal.Decimal('1.5'), collections.OrderedDict(a=1), range(3), len, Point,
]
for proto in (0, 1, 2):
    for obj in samples:
        if isinstance(obj, bytearray) and proto < 5 and False:
            continue
        data = pickle.dumps(obj, proto)
        out = io.StringIO()
        pickletools.dis(data, out)
        text = out.getvalue()
        print('== proto %d %s' % (proto, type(obj).__name__))
        print(text if len(text) < 1200 else text[:600] + '...\n' + text[-300:])
