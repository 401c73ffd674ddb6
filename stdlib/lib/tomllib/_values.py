"""The scalar values of TOML: numbers, dates and times, read with regular expressions."""

import re
from datetime import date, datetime, time, timedelta, timezone

_TIME = r'([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?'

# 0x/0o/0b integers, or a decimal integer with an optional fraction and exponent
# (underscores only between digits). Dates are tried first: this would take '1979'.
NUMBER = re.compile(
    r'0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|o[0-7](?:_?[0-7])*|b[01](?:_?[01])*)'
    r'|[+-]?(?:0|[1-9](?:_?[0-9])*)'
    r'(?P<frac>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)')

LOCAL_TIME = re.compile(_TIME)

DATETIME = re.compile(
    r'([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
    r'(?:[Tt ]' + _TIME + r'(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?')


def _micros(digits):
    # Digits past the sixth (below a microsecond) are dropped, not rounded.
    return int(digits.ljust(6, '0')) if digits else 0


def to_datetime(m):
    """A date, or a datetime (aware when the text has an offset); ValueError for a day
    the month does not have."""
    year, month, day, hour, minute, sec, frac, zulu, sign, off_h, off_m = m.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        factor = 1 if sign == '+' else -1
        tz = timezone(timedelta(hours=factor * int(off_h), minutes=factor * int(off_m)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(sec),
                    _micros(frac), tzinfo=tz)


def to_time(m):
    hour, minute, sec, frac = m.groups()
    return time(int(hour), int(minute), int(sec), _micros(frac))


def to_number(m, parse_float):
    if m.group('frac'):
        return parse_float(m.group())
    return int(m.group(), 0)
