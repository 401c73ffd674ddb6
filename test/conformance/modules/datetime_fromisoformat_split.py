# datetime.fromisoformat splits the date from the time by the date's shape, as CPython
# does (ISO week dates with the time run on: '2022W52520'), and checks the time's form
# before the date's range; datetime.__all__.
from datetime import datetime
import datetime as dt
for s in ('2022W52520', '2022W527520', '2026W01516', '2025W014503', '2025-W01003+00', '2025-W01-1T03', '2025W011', '2025-W01-1 12:30', '2009-W01-1T12:30:45.123+05:00'):
    try:
        print(s, datetime.fromisoformat(s))
    except ValueError as e:
        print(s, 'ValueError', e)
print(dt.__all__)
from datetime import *
print(sorted(k for k in dir() if not k.startswith('_')))
bases = ['2020-01-02', '20200102', '2020-W01', '2020W01', '2020-W01-3', '2020W013', '2020-1-2', '2020-01', '2020', '202001', '2020-W01-', '2020-W1', '2020-13-01', '2020W531', '2021W531']
times = ['', 'T12', ' 12:30', 'T1230', '5', 'T12:30:45.5', 'T12:30:45,123456', 'T12Z', 'T12+05', 'x12', 'T', '012', '12', '1230', '123045', 'T25', '-12', '-1', '-12:00']

for b in bases:
    for t in times:
        s = b + t
        try:
            r = repr(datetime.fromisoformat(s))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(s, r)
