# pickle and copy of datetime's types: CPython's packed states (fold from protocol 4),
# readable by both, and the state constructors.
import pickle, datetime, copy
tz = datetime.timezone(datetime.timedelta(hours=2), 'X')
vals = [datetime.date(2024, 5, 6), datetime.datetime(2024, 5, 6, 7, 8, 9, 123456), datetime.datetime(2024, 5, 6, fold=1),
        datetime.datetime(1, 1, 1, tzinfo=tz), datetime.time(1, 2, 3, 4, fold=1), datetime.time(23, 59, tzinfo=datetime.timezone.utc),
        datetime.timedelta(1, 2, 3), datetime.timezone.utc, tz]
for v in vals:
    for p in (0, 2, 3, 4):
        d = pickle.dumps(v, p)
        b = pickle.loads(d)
        print(p, d, b == v, getattr(b, 'fold', None) == getattr(v, 'fold', None) or p < 4)
    print(copy.copy(v) == v, copy.deepcopy(v) == v, v.__reduce__())
print(datetime.date(b'\x07\xe8\x05\x06'), datetime.datetime('\x07\xe8\x85\x06\x01\x02\x03\x00\x00\x05').fold)
