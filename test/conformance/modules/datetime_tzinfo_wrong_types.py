# A tzinfo whose utcoffset/dst/tzname return the wrong type: the datetime and time methods
# that ask it raise TypeError with CPython's messages.
from datetime import datetime, time, tzinfo, timedelta

class Wrong(tzinfo):
    def utcoffset(self, dt): return "aname"
    def dst(self, dt): return 7
    def tzname(self, dt): return 0

class Bytes(tzinfo):
    def utcoffset(self, dt): return None
    def dst(self, dt): return None
    def tzname(self, dt): return b'x'

for obj in (datetime(1, 1, 1, tzinfo=Wrong()), time(1, 1, 1, tzinfo=Wrong()),
            datetime(1, 1, 1, tzinfo=Bytes()), time(1, 1, 1, tzinfo=Bytes())):
    for meth in ('utcoffset', 'dst', 'tzname'):
        try:
            print(type(obj).__name__, meth, repr(getattr(obj, meth)()))
        except TypeError as e:
            print(type(obj).__name__, meth, 'TypeError', e)
for obj in (datetime(1, 1, 1, tzinfo=Wrong()), time(1, 1, 1, tzinfo=Bytes())):
    try:
        print(obj.strftime('%H %Z'))
    except TypeError as e:
        print('strftime TypeError', e)

# strftime's fields come from timetuple(), which a subclass may redefine
from datetime import date
class D(datetime):
    def timetuple(self):
        return datetime(1999, 1, 1).timetuple()
print(D(2021, 3, 4).strftime('%Y %j'))
