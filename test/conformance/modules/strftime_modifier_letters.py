# glibc strftime's E and O modifiers: the conversions taking each (the rest stay literal text), and
# %z of a time whose tm_isdst is -1 (a naive datetime's timetuple) giving no offset.
import datetime
import string
import time

g = time.gmtime(1709658489)
d = datetime.datetime(2024, 3, 5, 17, 8, 9)
for m in "EO":
    taken = "".join(c for c in string.ascii_letters + "%+" if time.strftime("%" + m + c, g) != "%" + m + c)
    print(m, taken)
    print(" ", [time.strftime("%" + m + c, g) for c in "nprtuzPRTZ"])
    print(" ", [d.strftime("%" + m + c) for c in "zZ"])
naive = d.timetuple()
for tm in (naive, time.gmtime(0), time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, -1)), time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))):
    print(tm.tm_isdst, repr(time.strftime("%z|%Ez|%Oz|%c", tm)))
aware = datetime.datetime(2024, 3, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30), "IST"))
print(repr(d.strftime("%z|%Z")), repr(aware.strftime("%z|%Z|%Ez|%EZ")))
