"""strptime for tpy's time and datetime modules, with CPython's rules in the C locale.

A format becomes a regular expression (each directive a named group, whitespace any run of
whitespace, matched ignoring case); the groups found then give the fields. A week number (%U,
%W) or an ISO week (%G/%V) counts only together with a weekday, and gives the day of the year;
so does %j. Errors are CPython's, including a re.error for a directive used twice.
"""

import re
import time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_WEEKDAYS_ABBR = [name[:3] for name in _WEEKDAYS]
_MONTHS = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']
_MONTHS_ABBR = [name[:3] for name in _MONTHS]
_AM_PM = ['am', 'pm']

# The C locale's %c, %x and %X, as formats of the other directives.
_DATE_TIME = '%a %b %d %H:%M:%S %Y'
_DATE = '%m/%d/%y'
_TIME = '%H:%M:%S'


def _alternatives(name, words):
    """A group matching any of words, longest first (so 'march' wins over 'mar')."""
    words = sorted(words, key=len, reverse=True)
    if not any(words):
        return ''
    return '(?P<%s>%s)' % (name, '|'.join(re.escape(w) for w in words))


def _zone_names():
    """The zone names %Z accepts: (standard names, daylight-saving names), lowercase."""
    standard = {'utc', 'gmt', time.tzname[0].lower()}
    daylight = {time.tzname[1].lower()} if time.daylight else set()
    return (frozenset(standard), frozenset(daylight))


def _directives():
    zones = _zone_names()
    table = {
        # ' [1-9]' lets %d read the space-padded day of %c.
        'd': r'(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])',
        'f': r'(?P<f>[0-9]{1,6})',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
        'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
        'G': r'(?P<G>\d\d\d\d)',
        'j': r'(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
        'M': r'(?P<M>[0-5]\d|\d)',
        'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
        'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
        'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
        'w': r'(?P<w>[0-6])',
        'u': r'(?P<u>[1-7])',
        'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
        'y': r'(?P<y>\d\d)',
        'Y': r'(?P<Y>\d\d\d\d)',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
        'A': _alternatives('A', _WEEKDAYS),
        'a': _alternatives('a', _WEEKDAYS_ABBR),
        'B': _alternatives('B', _MONTHS[1:]),
        'b': _alternatives('b', _MONTHS_ABBR[1:]),
        'p': _alternatives('p', _AM_PM),
        'Z': _alternatives('Z', [name for names in zones for name in names]),
        '%': '%',
    }
    for key, fmt in (('c', _DATE_TIME), ('x', _DATE), ('X', _TIME)):
        table[key] = _pattern(fmt, table)
    return table, zones


_SPECIAL = re.compile(r'([\\.^$*+?\(\){}\[\]|])')
_WHITESPACE = re.compile(r'\s+')


def _pattern(fmt, table):
    """The regular expression text for fmt. An unknown directive raises KeyError with its letter
    (a backslash when the % came before an escaped character); a final % raises IndexError."""
    fmt = _SPECIAL.sub(r'\\\1', fmt)
    fmt = _WHITESPACE.sub(r'\\s+', fmt)
    out = []
    while True:
        at = fmt.find('%')
        if at < 0:
            break
        out.append(fmt[:at])
        out.append(table[fmt[at + 1]])
        fmt = fmt[at + 2:]
    out.append(fmt)
    return ''.join(out)


_table = None
_regex_cache = {}
_CACHE_LIMIT = 5


def _compile(fmt):
    global _table
    if _table is None or _table[1] != _zone_names():
        _table = _directives()
        _regex_cache.clear()
    if len(_regex_cache) > _CACHE_LIMIT:
        _regex_cache.clear()
    regex = _regex_cache.get(fmt)
    if regex is None:
        try:
            regex = re.compile(_pattern(fmt, _table[0]), re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            if bad == '\\':
                bad = '%'
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt) from None
        _regex_cache[fmt] = regex
    return regex


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _julian_from_week(year, week, weekday, monday_first):
    """The day of the year of `weekday` (0 = Monday) in week `week` of %W (monday_first) or %U."""
    first = _date(year, 1, 1).weekday()
    if not monday_first:
        # %U weeks start on Sunday: count days from Sunday instead.
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_days = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_days + 7 * (week - 1) + weekday


def _julian_from_iso_week(iso_year, iso_week, iso_weekday):
    """(year, day of that year) of an ISO year, week and weekday (1 = Monday)."""
    correction = _date(iso_year, 1, 4).isoweekday() + 3
    julian = iso_week * 7 + iso_weekday - correction
    if julian < 1:
        # the day falls in the year before
        julian += _date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        julian -= _date(iso_year, 1, 1).toordinal()
    return iso_year, julian


def _utc_offset(text):
    """%z's text: (seconds, microseconds), both negative west of UTC."""
    if text == 'Z':
        return 0, 0
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % text)
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    fraction = z[8:]
    micro = int(fraction + '0' * (6 - len(fraction)))
    if z[0] == '-':
        return -seconds, -micro
    return seconds, micro


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    """((year, month, day, hour, minute, second, weekday, day of year, isdst, zone name,
    UTC offset in seconds), microseconds, the offset's microseconds)."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index, type(arg)))
    found = _compile(format).match(data_string)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])

    zones = _table[1]
    year = iso_year = None
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    week = iso_week = weekday = julian = None
    monday_first = False
    fields = found.groupdict()
    for key, text in fields.items():
        if key == 'y':
            # POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068.
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = _MONTHS.index(text.lower())
        elif key == 'b':
            month = _MONTHS_ABBR.index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = (fields.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif key == 'A':
            weekday = _WEEKDAYS.index(text.lower())
        elif key == 'a':
            weekday = _WEEKDAYS_ABBR.index(text.lower())
        elif key == 'w':
            weekday = (int(text) - 1) % 7
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in ('U', 'W'):
            week = int(text)
            monday_first = key == 'W'
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _utc_offset(text)
        elif key == 'Z':
            name = text.lower()
            for value, names in enumerate(zones):
                if name in names:
                    # Same standard and daylight names with daylight time on: cannot tell.
                    if not (time.tzname[0] == time.tzname[1] and time.daylight and name not in ('utc', 'gmt')):
                        isdst = value
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    # February 29th without a year is computed in a leap year, and reported as 1900.
    leap_year_fix = year is None and month == 2 and day == 29
    if leap_year_fix:
        year = 1904
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso_week(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        found_date = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = found_date.year, found_date.month, found_date.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, fields.get('Z'), gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """time.strptime's fields: the 9 of a struct_time, then tm_zone and tm_gmtoff."""
    return _strptime(data_string, format)[0]


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """A `cls` (datetime or a subclass) from data_string."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone_name, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        offset = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(offset, zone_name) if zone_name else _timezone(offset),)
    return cls(*args)
