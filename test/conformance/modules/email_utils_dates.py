# email.utils: date formatting and parsing
from email import utils
import datetime

print(utils.formatdate(0), utils.formatdate(1700000000.5, usegmt=True))
print(utils.formatdate(86400 * 365))
utc = datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone.utc)
print(utils.format_datetime(utc), utils.format_datetime(utc, usegmt=True))
east = datetime.datetime(2024, 2, 29, 13, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
print(utils.format_datetime(east))
naive = datetime.datetime(1999, 12, 31, 23, 59, 59)
print(utils.format_datetime(naive))
try:
    utils.format_datetime(naive, usegmt=True)
except ValueError as e:
    print('ValueError', e)
for s in ['Mon, 20 Nov 1995 19:12:08 -0500', 'Tue, 1 Aug 2023 10:00:00 +0200',
          '20 Nov 1995 19:12:08 GMT', 'Fri, 09 Nov 2001 01:08:47 -0000', '1 Jan 70 00:00 EST',
          'Thursday, 4 Jan 2024 5:06:07 PST', 'Wed, 3-Jan-24 10:00:00 UT',
          'Sun, 1 Dec 2024 10:00 +0100', 'nonsense', '', 'Mon, 20 Nov 1995',
          '20 Nov 1995 19.12.08 +0000', 'Nov 20 1995 19:12:08 +0000', '2024 Jan 5 10:00:00 Z']:
    print(repr(s), utils.parsedate(s), utils.parsedate_tz(s))
for s in ['Mon, 20 Nov 1995 19:12:08 -0500', 'Fri, 09 Nov 2001 01:08:47 -0000', 'Sat, 1 Jan 2000 00:00:00 +0000']:
    d = utils.parsedate_to_datetime(s)
    print(repr(d), utils.format_datetime(d))
try:
    utils.parsedate_to_datetime('garbage')
except ValueError as e:
    print('ValueError', e)
print(utils.mktime_tz(utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
mid = utils.make_msgid(domain='example.com')
print(mid.startswith('<'), mid.endswith('@example.com>'), mid.count('.') >= 2)
mid2 = utils.make_msgid('tag', domain='x.org')
print(mid2.endswith('.tag@x.org>'))
lt = utils.localtime(utc)
print(lt.tzinfo is not None, lt == utc)
