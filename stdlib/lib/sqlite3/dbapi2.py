"""The DB-API 2.0 names of sqlite3: _sqlite3's, the type constructors, and the default
adapters and converters for date and datetime (3.11's, not yet deprecated)."""

import datetime
import time
import collections.abc

from _sqlite3 import *

paramstyle = 'qmark'
threadsafety = 3
apilevel = '2.0'

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


version_info = tuple(int(part) for part in version.split('.'))
sqlite_version_info = tuple(int(part) for part in sqlite_version.split('.'))

Binary = memoryview
collections.abc.Sequence.register(Row)


def register_adapters_and_converters():
    def adapt_date(val):
        return val.isoformat()

    def adapt_datetime(val):
        return val.isoformat(' ')

    def convert_date(val):
        year, month, day = (int(part) for part in val.split(b'-'))
        return datetime.date(year, month, day)

    def convert_timestamp(val):
        day_part, time_part = val.split(b' ')
        year, month, day = (int(part) for part in day_part.split(b'-'))
        clock, _, fraction = time_part.partition(b'.')
        hours, minutes, seconds = (int(part) for part in clock.split(b':'))
        micro = int(fraction.decode()[:6].ljust(6, '0')) if fraction else 0
        return datetime.datetime(year, month, day, hours, minutes, seconds, micro)

    register_adapter(datetime.date, adapt_date)
    register_adapter(datetime.datetime, adapt_datetime)
    register_converter('date', convert_date)
    register_converter('timestamp', convert_timestamp)


register_adapters_and_converters()

# Clean up namespace
del register_adapters_and_converters
