"""datetime for tpy: naive dates and times, timedelta, fixed-offset timezone (3.11's API)."""

import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                   'August', 'September', 'October', 'November', 'December']


_OMITTED = object()


def _parse_args(args, kw, names, maxpos, nreq, defaults, fname=None, ints=True):
    # CPython's argument parser (PyArg_ParseTupleAndKeywords): its checks, in its order, with
    # its messages. Returns the values of `names`; those after the first `nreq` default. With
    # `ints`, every argument but tzinfo is converted to a C int as it is taken, so a bad early
    # one is reported before a missing later one. fname None: the parser's "function".
    fn = 'function' if fname is None else fname + '()'
    given = len(args) + len(kw)
    if given > len(names):
        raise TypeError('%s takes at most %d %sarguments (%d given)'
                        % (fn, len(names), '' if args else 'keyword ', given))
    if len(args) > maxpos:
        raise TypeError('%s takes at most %d positional arguments (%d given)' % (fn, maxpos, len(args)))

    def take(i, v):
        return _c_int(v) if ints and names[i] != 'tzinfo' else v

    values = [take(i, v) for i, v in enumerate(args)]
    for i in range(len(args), len(names)):
        if names[i] in kw:
            values.append(take(i, kw[names[i]]))
        elif i < nreq:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (fn, names[i], i + 1))
        else:
            values.append(defaults[i - nreq])
    for name in kw:
        if name not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s"
                            % (name, 'this function' if fname is None else fn))
        if names.index(name) < len(args):
            raise TypeError("argument for %s given by name ('%s') and position (%d)"
                            % (fn, name, names.index(name) + 1))
    return values


_C_LONG_MIN = -2 ** 63
_C_LONG_END = 2 ** 63
_C_INT_MIN = -2 ** 31
_C_INT_END = 2 ** 31


def _c_int(v):
    # An argument the C implementation converts to a C int (its "i" format).
    v = _index(v)
    if not _C_LONG_MIN <= v < _C_LONG_END:
        raise OverflowError('Python int too large to convert to C long')
    if v >= _C_INT_END:
        raise OverflowError('signed integer is greater than maximum')
    if v < _C_INT_MIN:
        raise OverflowError('signed integer is less than minimum')
    return v


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    # Walk 400/100/4/1-year cycles from 0001-01-01 (ordinal 1).
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # The last day of a leap cycle.
        return y - 1, 12, 31
    m = 1
    while m < 12 and n >= _DAYS_BEFORE_MONTH[m + 1] + (m + 1 > 2 and _is_leap(y)):
        m += 1
    return y, m, n - _DAYS_BEFORE_MONTH[m] - (m > 2 and _is_leap(y)) + 1


def _valid_ymd(y, m, d):
    # True for plain ints making a valid date: the constructors' fast path (anything else
    # takes the full argument parsing and checks, which raise CPython's errors).
    return (type(y) is int and type(m) is int and type(d) is int and 1 <= y <= 9999 and 1 <= m <= 12
            and 1 <= d and (d <= _DAYS_IN_MONTH[m] or (d == 29 and m == 2 and _is_leap(y))))


def _valid_hmsu(h, m, s, us):
    return (type(h) is int and type(m) is int and type(s) is int and type(us) is int
            and 0 <= h <= 23 and 0 <= m <= 59 and 0 <= s <= 59 and 0 <= us <= 999999)


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v.__index__()


def _check_date(year, month, day):
    year, month, day = _c_int(year), _c_int(month), _c_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold=0):
    hour, minute, second, microsecond = _c_int(hour), _c_int(minute), _c_int(second), _c_int(microsecond)
    fold = _c_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _tpname(x):
    # CPython's C types are named 'datetime.date' etc. in error messages.
    t = type(x)
    if isinstance(x, (timedelta, date, time, tzinfo)) and t.__module__ == 'datetime':
        return 'datetime.' + t.__name__
    return t.__name__


def _binop_error(op, a, b, reflected=False):
    # The other operand may know the operation; failing that, the VM's message names our
    # types as CPython does ('datetime.date', from as_c_type).
    return NotImplemented


def _cmp_error(op, a, b):
    if type(b).__module__ == 'builtins':
        raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tpname(a), _tpname(b)))
    return NotImplemented


def _round_away(x):
    # C's round(): halves away from zero.
    w = int(x)
    if abs(x - w) >= 0.5:
        w += 1 if x > 0 else -1
    return w


def _round_half_even(num, den):
    # num/den rounded to the nearest int, ties to even, exactly.
    q, r = divmod(num, den)
    r2 = r * 2
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


_TD_ARG_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0, *more, **extra):
        if more:
            given = (days, seconds, microseconds, milliseconds, minutes, hours, weeks) + more
            _parse_args(given, extra, _TD_ARG_NAMES, 7, 0, (0,) * 7, '__new__', False)
        if extra:
            raise TypeError("'%s' is an invalid keyword argument for __new__()" % next(iter(extra)))
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            return timedelta._from_dsu(days + weeks * 7, seconds + minutes * 60 + hours * 3600,
                                       microseconds + milliseconds * 1000, cls)
        # As CPython does: integer parts are summed exactly, fractional microseconds are
        # gathered in a float and rounded half to even at the end.
        total = 0
        leftover = 0.0
        for v, scale in ((microseconds, 1), (milliseconds, 1000), (seconds, 1000000), (minutes, 60000000),
                         (hours, 3600000000), (days, 86400000000), (weeks, 604800000000)):
            if isinstance(v, int):
                total += int(v) * scale
            elif isinstance(v, float):
                ip = int(v)
                total += ip * scale
                frac = v - ip
                if frac:
                    f = float(scale) * frac
                    ip = int(f)
                    total += ip
                    leftover += f - ip
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_NAMES[scale], type(v).__name__))
        if leftover:
            whole = _round_away(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2 * _round_away((leftover + odd) * 0.5) - odd
            total += whole
        return cls._from_us(total, cls)

    @staticmethod
    def _from_us(us, cls=None):
        self = object.__new__(cls if cls is not None else timedelta)
        s, micro = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -2 ** 31 <= d < 2 ** 31:
            raise OverflowError('Python int too large to convert to C int')
        if not -999999999 <= d <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self._days = d
        self._seconds = s
        self._microseconds = micro
        self._hashcode = -1
        return self

    @staticmethod
    def _from_dsu(d, s, us, cls=None):
        # The same as _from_us((d * 86400 + s) * 1000000 + us, cls), in small ints.
        if not 0 <= us < 1000000:
            q, us = divmod(us, 1000000)
            s += q
        if not 0 <= s < 86400:
            q, s = divmod(s, 86400)
            d += q
        if not -999999999 <= d <= 999999999:
            return timedelta._from_us((d * 86400 + s) * 1000000 + us, cls)
        self = object.__new__(cls if cls is not None else timedelta)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tpname(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_dsu(self._days + other._days, self._seconds + other._seconds,
                                       self._microseconds + other._microseconds)
        return _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_dsu(self._days + other._days, self._seconds + other._seconds,
                                       self._microseconds + other._microseconds)
        return _binop_error('+', other, self, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_dsu(self._days - other._days, self._seconds - other._seconds,
                                       self._microseconds - other._microseconds)
        return _binop_error('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_dsu(other._days - self._days, other._seconds - self._seconds,
                                       other._microseconds - self._microseconds)
        return _binop_error('-', other, self, True)

    def __neg__(self):
        return timedelta._from_dsu(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * n, d))
        if isinstance(other, (str, list, tuple, bytes, bytearray)):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _tpname(self))
        return _binop_error('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _binop_error('*', other, self, True)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return _binop_error('//', self, other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even(self._us(), other) if other > 0
                                      else _round_half_even(-self._us(), -other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError('division by zero')
            if n < 0:
                n, d = -n, -d
            return timedelta._from_us(_round_half_even(self._us() * d, n))
        return _binop_error('/', self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return _binop_error('%', self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return _binop_error('divmod()', self, other)

    # The C type's number slots answer for either side: reflected, a timedelta on the right
    # of an operand that is not one never helps.
    def __rtruediv__(self, other):
        return NotImplemented

    def __rfloordiv__(self, other):
        return NotImplemented

    def __rmod__(self, other):
        return NotImplemented

    def __rdivmod__(self, other):
        return NotImplemented

    def _cmp(self, other, op):
        if isinstance(other, timedelta):
            return op(self._us(), other._us())
        return None

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return _cmp_error('<', self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return _cmp_error('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return _cmp_error('>', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return _cmp_error('>=', self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_TD_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
             60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _wrap_strftime(fmt, tt, microsecond, tzobj, dtobj):
    """Formats fmt for a (year, month, day, hour, minute, second, weekday, yday) tuple.

    As in CPython, only %f, %z and %Z are datetime's own; everything else
    (glibc's flags and widths included: %-d, %_H) is time.strftime's.
    """
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    if 'f' not in fmt and 'z' not in fmt and 'Z' not in fmt:
        # No directive of datetime's own can be in it: the loop below would copy it as it is.
        return _time.strftime(fmt, tuple(tt) + (-1,))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        c = fmt[i]
        i += 1
        if c == 'f':
            out.append('%06d' % microsecond)
        elif c == 'z':
            off = _check_utc_offset('utcoffset', tzobj.utcoffset(dtobj)) if tzobj is not None else None
            if off is not None:
                out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = _check_tzname(tzobj.tzname(dtobj)) if tzobj is not None else None
            if name is not None:
                out.append(name.replace('%', '%%'))
        else:
            out.append('%' + c)
    return _time.strftime(''.join(out), tuple(tt) + (-1,))


def _isocal(y, m, d):
    def week1_monday(year):
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd
        if wd > 3:
            monday += 7
        return monday
    o = _ymd2ord(y, m, d)
    start = week1_monday(y)
    if o < start:
        y -= 1
        start = week1_monday(y)
    elif o >= week1_monday(y + 1):
        y += 1
        start = week1_monday(y)
    week, day = divmod(o - start, 7)
    return y, week + 1, day + 1


class IsoCalendarDate(tuple):
    """The (year, week, weekday) of date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (self[0], self[1], self[2])

    def __reduce__(self):
        # Pickles as a plain tuple, as CPython's does (the type is not a module attribute there).
        return (tuple, (tuple(self),))


# CPython's C datetime does not export the type: only isocalendar() makes them.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


def _isodate_length(s):
    # How much of a datetime string is its date, decided from its shape alone, as CPython
    # does: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-d] or YYYYWww[d]. A run of digits after YYYYWww
    # is split so that the time gets an even number of them (the separator is one of them).
    n = len(s)
    if n <= 7:
        return n
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        if n > 8 and s[8] == '-':
            if n == 9:
                return None
            # YYYY-Www-d, unless a digit follows it: then YYYY-Www, '-', then the time.
            return 8 if n > 10 and s[10] in '0123456789' else 10
        return 8
    if s[4] == 'W':
        end = 7
        while end < n and s[end] in '0123456789':
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_isodate(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; returns None when malformed.
    if len(s) < 7 or not s[:4].isdigit():
        return None
    y = int(s[:4])
    rest = s[4:]
    dash = rest[:1] == '-'
    if dash:
        rest = rest[1:]
    if rest[:1] == 'W':
        rest = rest[1:]
        if len(rest) < 2 or not rest[:2].isdigit():
            return None
        w = int(rest[:2])
        rest = rest[2:]
        wd = 1
        if rest:
            if dash:
                if rest[:1] != '-':
                    return None
                rest = rest[1:]
            if len(rest) != 1 or not rest.isdigit():
                return None
            wd = int(rest)
        return ('W', y, w, wd)
    if dash:
        if len(rest) != 5 or rest[2] != '-' or not (rest[:2] + rest[3:]).isdigit():
            return None
        return (y, int(rest[:2]), int(rest[3:]))
    if len(rest) != 4 or not rest.isdigit():
        return None
    return (y, int(rest[:2]), int(rest[2:]))


def _isoweek_to_ymd(y, w, d):
    if not 0 < w < 53:
        last_week = 52
        first = _ymd2ord(y, 1, 1) % 7
        if first == 4 or (first == 3 and _is_leap(y)):
            last_week = 53
        if not 0 < w <= last_week:
            raise ValueError('Invalid week: %d' % w)
    if not 0 < d < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % d)
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return _ord2ymd(monday + (w - 1) * 7 + d - 1)


def _state_bytes(state):
    return state.encode('latin-1') if isinstance(state, str) else state


class date:
    """A naive date in the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kw):
        if (len(args) == 1 and not kw and isinstance(args[0], (bytes, str)) and len(args[0]) == 4
                and 1 <= _state_bytes(args[0])[2] <= 12):
            # The packed state a pickle carries (CPython's format).
            b = _state_bytes(args[0])
            self = object.__new__(cls)
            self._year, self._month, self._day = b[0] * 256 + b[1], b[2], b[3]
            self._hashcode = -1
            return self
        if len(args) == 3 and not kw and _valid_ymd(args[0], args[1], args[2]):
            self = object.__new__(cls)
            self._year, self._month, self._day = args
            self._hashcode = -1
            return self
        year, month, day = _parse_args(args, kw, ('year', 'month', 'day'), 3, 3, ())
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        if isinstance(t, float):
            # Round toward minus infinity, as CPython does for dates.
            t = int(t) - (t < int(t))
        tm = _time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def fromordinal(cls, n):
        n = _c_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        p = _parse_isodate(s) if len(s) in (7, 8, 10) else None
        if p is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        if p[0] == 'W':
            try:
                p = _isoweek_to_ymd(p[1], p[2], p[3])
            except ValueError:
                raise ValueError('Invalid isoformat string: %r' % s) from None
        return cls(*p)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        return cls(*_isoweek_to_ymd(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._year, self._month, self._day)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def _tt(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                self.toordinal() - _ymd2ord(self._year, 1, 1) + 1)

    def strftime(self, format):
        return _wrap_strftime(format, self._tt(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _key(self):
        return (self._year, self._month, self._day)

    def _cmpok(self, other):
        # A date and a datetime compare only for (in)equality, and then unequal.
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            return self._key() != other._key()
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return _cmp_error(op, self, other)

    def __lt__(self, other):
        if self._cmpok(other):
            return self._key() < other._key()
        return self._order(other, '<')

    def __le__(self, other):
        if self._cmpok(other):
            return self._key() <= other._key()
        return self._order(other, '<=')

    def __gt__(self, other):
        if self._cmpok(other):
            return self._key() > other._key()
        return self._order(other, '>')

    def __ge__(self, other):
        if self._cmpok(other):
            return self._key() >= other._key()
        return self._order(other, '>=')

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if not 0 < o <= 3652059:
                raise OverflowError('date value out of range')
            return type(self)(*_ord2ymd(o))
        return _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _binop_error('+', other, self, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _binop_error('-', self, other)

    def __rsub__(self, other):
        return _binop_error('-', other, self, True)

    def __reduce__(self):
        return (type(self), (bytes([self._year >> 8, self._year & 255, self._month, self._day]),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        dt += off - dst
        dst = dt.dst()
        return dt + dst if dst else dt


def _check_tzname(name):
    # What a tzinfo's tzname() gave, checked as CPython checks it.
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


def _check_utc_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % off)
    return off


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is _OMITTED:
            name = None
            if not offset and '_utc' in globals():
                return _utc
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % offset)
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is not None:
                return self._name
            if not self._offset:
                return 'UTC'
            return 'UTC' + _format_offset(self._offset)
        raise TypeError('tzname(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst(dt) argument must be a datetime instance or None, not %s' % type(dt).__name__)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None, not %s'
                            % type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__(), None)


_utc = timezone(timedelta(0))
timezone.utc = _utc
UTC = _utc   # 3.11's alias
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _format_time(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


def _bad_isoformat(s):
    return ValueError('Invalid isoformat string: %r' % s)


def _parse_isotime(s):
    # HH[:MM[:SS[.fff[fff]]]] or the same without colons, then an optional offset or Z.
    # Returns (h, m, s, us, tzinfo) or None. (Plain loops: a comprehension over s would make
    # s a cell, and a generator a frame per call.)
    tz = None
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '+' or ch == '-' or ch == 'Z':
            tzs = s[i + 1:]
            body = s[:i]
            if ch == 'Z':
                if tzs:
                    return None
                tz = _utc
            else:
                t = _parse_isotime(tzs)
                if t is None or t[4] is not None or len(tzs) < 2:
                    return None
                off = timedelta(hours=t[0], minutes=t[1], seconds=t[2], microseconds=t[3])
                if ch == '-':
                    off = -off
                tz = timezone(off)
            s = body
            break
        i += 1
    frac = 0
    for sepch in '.,':
        if sepch in s:
            s, f = s.split(sepch, 1)
            if not f or not f.isdigit() or len(s) not in (6, 8):
                return None
            f = f[:6]
            frac = int(f + '0' * (6 - len(f)))
            break
    colon = ':' in s
    if colon:
        parts = s.split(':')
    else:
        parts = []
        for i in range(0, len(s), 2):
            parts.append(s[i:i + 2])
    if not 1 <= len(parts) <= 3:
        return None
    for p in parts:
        if len(p) != 2 or not p.isdigit():
            return None
    if colon and len(s) != 3 * len(parts) - 1:
        return None
    return (int(parts[0]), int(parts[1]) if len(parts) > 1 else 0, int(parts[2]) if len(parts) > 2 else 0,
            frac, tz)


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, *args, **kw):
        if (1 <= len(args) <= 2 and not kw and isinstance(args[0], (bytes, str)) and len(args[0]) == 6
                and _state_bytes(args[0])[0] & 0x7f < 24):
            b = _state_bytes(args[0])
            tz = args[1] if len(args) == 2 else None
            _check_tzinfo(tz)
            self = object.__new__(cls)
            self._hour, self._fold = b[0] & 0x7f, b[0] >> 7
            self._minute, self._second = b[1], b[2]
            self._microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
            self._tzinfo = tz
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, tzinfo, fold = _parse_args(
            args, kw, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'), 5, 0, (0, 0, 0, 0, None, 0))
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = _parse_isotime(s[1:] if s[:1] == 'T' else s)
        if t is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        return cls(*t)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        return None if self._tzinfo is None else _check_tzname(self._tzinfo.tzname(None))

    def dst(self):
        return None if self._tzinfo is None else _check_utc_offset('dst', self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_tpname(self), s)

    def strftime(self, format):
        return _wrap_strftime(format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1),
                              self._microsecond, self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def _key(self, other):
        k1 = (self._hour, self._minute, self._second, self._microsecond)
        k2 = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            # The same tzinfo (or none): the fields compare as they are, and utcoffset()
            # is not asked, as in CPython.
            return k1, k2
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            return None
        if a is not None and a != b:
            k1 = (self._hour * 3600 + self._minute * 60 + self._second - a.days * 86400 - a.seconds,
                  self._microsecond - a.microseconds)
            k2 = (other._hour * 3600 + other._minute * 60 + other._second - b.days * 86400 - b.seconds,
                  other._microsecond - b.microseconds)
        return k1, k2

    def _compare(self, other, op):
        if not isinstance(other, time):
            return _cmp_error(op, self, other)
        k = self._key(other)
        if k is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return k

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        k = self._key(other)
        return k is not None and k[0] == k[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        k = self._compare(other, '<')
        return k if k is NotImplemented else k[0] < k[1]

    def __le__(self, other):
        k = self._compare(other, '<=')
        return k if k is NotImplemented else k[0] <= k[1]

    def __gt__(self, other):
        k = self._compare(other, '>')
        return k if k is NotImplemented else k[0] > k[1]

    def __ge__(self, other):
        k = self._compare(other, '>=')
        return k if k is NotImplemented else k[0] >= k[1]

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(timedelta(hours=self._hour, minutes=self._minute, seconds=self._second,
                                                microseconds=self._microsecond) - off)
        return self._hashcode

    def __reduce_ex__(self, protocol):
        # CPython's packed state; fold rides on the hour's top bit from protocol 4.
        us = self._microsecond
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes([hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()


def _new_datetime(cls, y, mo, d, h, mi, s, us, tz):
    # cls(y, mo, d, h, mi, s, us, tz) for fields known valid: datetime itself is built here,
    # as its __new__ would (which, taking *args, runs in the eval loop); a subclass's
    # constructor is called with the eight arguments CPython passes it.
    if cls is not datetime:
        return cls(y, mo, d, h, mi, s, us, tz)
    return _filled_datetime(object.__new__(datetime), y, mo, d, h, mi, s, us, tz, 0)


def _filled_datetime(self, y, mo, d, h, mi, s, us, tz, fold):
    # A new datetime's fields, every constructor path's one place to set them.
    self._year = y
    self._month = mo
    self._day = d
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


# The arguments datetime() defaults after n positional ones (its fast path), and the tzinfo
# class under a name datetime.__new__'s parameter does not hide.
_TZINFO = tzinfo
_DATETIME_DEFAULTS = [None, None, None, (0, 0, 0, 0, None), (0, 0, 0, None), (0, 0, None), (0, None), (None,), ()]


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kw):
        if (1 <= len(args) <= 2 and not kw and isinstance(args[0], (bytes, str)) and len(args[0]) == 10
                and 1 <= _state_bytes(args[0])[2] & 0x7f <= 12):
            b = _state_bytes(args[0])
            tz = args[1] if len(args) == 2 else None
            _check_tzinfo(tz)
            return _filled_datetime(object.__new__(cls), b[0] * 256 + b[1], b[2] & 0x7f, b[3], b[4], b[5], b[6],
                                    (b[7] << 16) | (b[8] << 8) | b[9], tz, b[2] >> 7)
        if 3 <= len(args) <= 8 and not kw:
            y, mo, d, h, mi, s, us, tz = args + _DATETIME_DEFAULTS[len(args)]
            if (_valid_ymd(y, mo, d) and _valid_hmsu(h, mi, s, us)
                    and (tz is None or isinstance(tz, _TZINFO))):
                return _filled_datetime(object.__new__(cls), y, mo, d, h, mi, s, us, tz, 0)
        year, month, day, hour, minute, second, microsecond, tzinfo, fold = _parse_args(
            args, kw, ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'),
            8, 3, (0, 0, 0, 0, None, 0))
        # Every int argument is converted before any is checked.
        for v in (year, month, day, hour, minute, second, microsecond, fold):
            _c_int(v)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz):
        # us counts microseconds since 0001-01-01 00:00 (ordinal 1 at midnight).
        days, us = divmod(us, 86400000000)
        if not 0 <= days < 3652059:
            raise OverflowError('date value out of range')
        s, us = divmod(us, 1000000)
        h, s = divmod(s, 3600)
        m, s = divmod(s, 60)
        y, mo, d = _ord2ymd(days + 1)
        return cls(y, mo, d, h, m, s, us, tz)

    def _us(self):
        return (((self.toordinal() - 1) * 24 + self._hour) * 60 + self._minute) * 60000000 + \
            self._second * 1000000 + self._microsecond

    @classmethod
    def _split_ts(cls, t):
        # CPython's _PyTime_ObjectToTimeval: whole seconds within a time_t, and a float's
        # fraction scaled to microseconds in doubles, rounded half to even.
        if isinstance(t, int):
            if not _C_LONG_MIN <= t < _C_LONG_END:
                raise OverflowError('timestamp out of range for platform time_t')
            return t, 0
        if not isinstance(t, float):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.223372036854775808e18 <= t < 9.223372036854775808e18:
            raise OverflowError('timestamp out of range for platform time_t')
        secs = int(t)
        us = round((t - secs) * 1e6)
        if us >= 1000000:
            return secs + 1, us - 1000000
        if us < 0:
            return secs - 1, us + 1000000
        return secs, us

    @classmethod
    def _from_utc_ts(cls, secs, us, tz):
        # gmtime's fields for secs: a year outside 1..9999 is CPython's ValueError, and one
        # past what gmtime's C int holds its EOVERFLOW.
        days, secs = divmod(secs, 86400)
        o = days + _EPOCH_ORD
        if not 0 < o <= 3652059:
            y = _ord2ymd(o)[0]
            if _C_INT_MIN <= y - 1900 < _C_INT_END:
                raise ValueError('year %d is out of range' % y)
            raise OSError(75, 'Value too large for defined data type')
        y, mo, d = _ord2ymd(o)
        h, secs = divmod(secs, 3600)
        mi, s = divmod(secs, 60)
        return _new_datetime(cls, y, mo, d, h, mi, s, us, tz)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        secs, us = cls._split_ts(timestamp)
        if tz is not None:
            return tz.fromutc(cls._from_utc_ts(secs, us, tz))
        tm = _time.localtime(secs)
        if not MINYEAR <= tm[0] <= MAXYEAR:
            # (_new_datetime trusts its fields: the local year is checked here, as CPython does.)
            raise ValueError('year %d is out of range' % tm[0])
        result = _new_datetime(cls, tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, None)
        # The second reading of a local time the clocks were set back over has fold=1: the
        # offset a day earlier is larger, and that instant plus the difference reads the same.
        local = secs + tm.tm_gmtoff
        transition = tm.tm_gmtoff - _time.localtime(secs - 86400).tm_gmtoff
        # (CPython 3.11 sets it only on datetime itself: a subclass gets fold=0.)
        if (transition < 0 and cls is datetime
                and secs + transition + _time.localtime(secs + transition).tm_gmtoff == local):
            result = result.replace(fold=1)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = cls._split_ts(t)
        return cls._from_utc_ts(secs, us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        # The date is 7, 8 or 10 characters; any single character may separate the time.
        ds = _isodate_length(s)
        p = _parse_isodate(s[:ds]) if ds is not None else None
        if p is None:
            raise _bad_isoformat(s)
        if p[0] == 'W':
            try:
                y, m, d = _isoweek_to_ymd(p[1], p[2], p[3])
            except ValueError:
                raise _bad_isoformat(s) from None
        rest = s[ds:]
        # The time's form is checked before the date's range, as CPython does.
        t = None
        if rest:
            t = _parse_isotime(rest[1:]) if len(rest) > 1 else None
            if t is None:
                raise _bad_isoformat(s)
        if p[0] != 'W':
            y, m, d = _check_date(*p)
        if t is None:
            return cls(y, m, d)
        if _valid_hmsu(t[0], t[1], t[2], t[3]):
            return _new_datetime(cls, y, m, d, t[0], t[1], t[2], t[3], t[4])
        return cls(y, m, d, *t)

    @classmethod
    def strptime(cls, *args, **kwargs):
        # CPython's arguments are positional only, checked as a C function checks them.
        if kwargs:
            raise TypeError('strptime() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('strptime() takes exactly 2 arguments (%d given)' % len(args))
        return _strptime(cls, args[0], args[1])

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                           fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        return None if self._tzinfo is None else _check_tzname(self._tzinfo.tzname(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second,
                                  dt.weekday(), dt.toordinal() - _ymd2ord(dt._year, 1, 1) + 1, 0))

    def timestamp(self):
        off = self.utcoffset()
        if off is not None:
            return (self._us() - off._us() - (_EPOCH_ORD - 1) * 86400000000) / 10 ** 6
        return self._local_seconds() + self._microsecond / 1e6

    def _local_seconds(self):
        # Naive: the UTC second whose local time this is. An ambiguous time (clocks set back)
        # is its earlier reading when fold is 0, the later when 1; a time in a gap (clocks
        # set forward) is read by the offset before the gap when fold is 0, after it when 1.
        t = (self.toordinal() - _EPOCH_ORD) * 86400 + self._hour * 3600 + self._minute * 60 + self._second

        def local(u):
            return u + _time.localtime(u).tm_gmtoff

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + 86400 if self._fold else u1 - 86400
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        if local(u2) == t:
            return u2
        if t1 == t:
            return u1
        return min(u1, u2) if self._fold else max(u1, u2)

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            # Naive: local time, by the offset in effect where it reads (see _local_seconds).
            off = timedelta(seconds=_time.localtime(self._local_seconds()).tm_gmtoff)
        if tz is not None and self._tzinfo is tz:
            return self
        utc = self - off
        if tz is None:
            # The local zone at that instant, as a fixed offset named like time.localtime's.
            secs = (utc.toordinal() - _EPOCH_ORD) * 86400 + utc._hour * 3600 + utc._minute * 60 + utc._second
            lt = _time.localtime(secs)
            tz = timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % type(sep).__name__)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_tpname(self), s)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        # The fields come from timetuple(), as CPython's do (so a tzinfo's dst() is asked).
        tt = tuple(self.timetuple())[:8]
        return _wrap_strftime(format, tt, self._microsecond, self._tzinfo, self)

    def _pair(self, other):
        # Microsecond keys for comparing/subtracting, or None when one is naive and one aware.
        a = b = None
        if self._tzinfo is not other._tzinfo:
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                return None
        k1, k2 = self._us(), other._us()
        if a is not None:
            k1 -= a._us()
            k2 -= b._us()
        return k1, k2

    def _fold_matters(self):
        # True in a repeated or skipped hour: the other fold would give another offset.
        return (self._tzinfo is not None
                and self.replace(fold=1 - self._fold).utcoffset() != self.utcoffset())

    def __eq__(self, other):
        if isinstance(other, datetime):
            p = self._pair(other)
            if p is None or p[0] != p[1]:
                return False
            # PEP 495: across zones, a time whose offset depends on fold equals nothing
            return self._tzinfo is other._tzinfo or not (self._fold_matters() or other._fold_matters())
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        if isinstance(other, datetime):
            p = self._pair(other)
            if p is None:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return p
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return _cmp_error(op, self, other)

    def __lt__(self, other):
        p = self._order(other, '<')
        return p if p is NotImplemented else p[0] < p[1]

    def __le__(self, other):
        p = self._order(other, '<=')
        return p if p is NotImplemented else p[0] <= p[1]

    def __gt__(self, other):
        p = self._order(other, '>')
        return p if p is NotImplemented else p[0] > p[1]

    def __ge__(self, other):
        p = self._order(other, '>=')
        return p if p is NotImplemented else p[0] >= p[1]

    def __hash__(self):
        if self._hashcode == -1:
            # both folds of a repeated hour hash alike (fold=0's offset), as they compare equal
            off = (self.replace(fold=0) if self._fold else self).utcoffset()
            us = self._us() - (off._us() if off else 0)
            self._hashcode = hash((us // 86400000000, us % 86400000000))
        return self._hashcode

    def _plus(self, days, secs, us):
        # self + timedelta(days, secs, us), as _from_us(self._us() + ...) without a microsecond total.
        us += self._microsecond
        secs += self._hour * 3600 + self._minute * 60 + self._second
        if not 0 <= us < 1000000:
            q, us = divmod(us, 1000000)
            secs += q
        if not 0 <= secs < 86400:
            q, secs = divmod(secs, 86400)
            days += q
        days += _ymd2ord(self._year, self._month, self._day)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        y, mo, d = _ord2ymd(days)
        h, secs = divmod(secs, 3600)
        mi, s = divmod(secs, 60)
        return _new_datetime(type(self), y, mo, d, h, mi, s, us, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus(other._days, other._seconds, other._microseconds)
        return _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _binop_error('+', other, self, True)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus(-other._days, -other._seconds, -other._microseconds)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return timedelta._from_dsu(
                    _ymd2ord(self._year, self._month, self._day) - _ymd2ord(other._year, other._month, other._day),
                    (self._hour - other._hour) * 3600 + (self._minute - other._minute) * 60 + self._second - other._second,
                    self._microsecond - other._microsecond)
            p = self._pair(other)
            if p is None:
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._from_us(p[0] - p[1])
        return _binop_error('-', self, other)

    def __rsub__(self, other):
        return _binop_error('-', other, self, True)

    def __reduce_ex__(self, protocol):
        # CPython's packed state; fold rides on the month's top bit from protocol 4.
        us = self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes([self._year >> 8, self._year & 255, month, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(cls, s, fmt):
    """datetime.strptime: _strptime's fields as a `cls`."""
    if not isinstance(s, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(s).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(fmt).__name__)
    import _strptime
    return _strptime._strptime_datetime(cls, s, fmt)


# Error messages name these as CPython names its C types ('datetime.timedelta' object ...).
from _c_type_names import as_c_type as _as_c_type
_as_c_type(timedelta)
_as_c_type(date)
_as_c_type(tzinfo)
_as_c_type(timezone)
_as_c_type(time)
_as_c_type(datetime)
# _datetime parses their methods' arguments with formats naming each method.
from _c_type_names import c_parse_args as _c_parse_args
for _cls in (date, time):
    _c_parse_args(_cls, '')
_c_parse_args(datetime, '', 'now')
del _c_parse_args, _cls
# Their one-argument class methods are METH_O functions, or parse one positional argument.
from _c_type_names import c_arg_style as _c_arg_style
_c_arg_style(date, 'one', 'fromtimestamp', 'fromisoformat')
_c_arg_style(date, 'tuple', 'fromordinal')
_c_arg_style(datetime, 'one', 'fromisoformat')
_c_arg_style(datetime, 'tuple', 'fromordinal', 'utcfromtimestamp')
_c_arg_style(time, 'one', 'fromisoformat')
del _c_arg_style
del _as_c_type

# CPython's _datetime is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
