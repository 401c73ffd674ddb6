"""zoneinfo._posix_tz: the POSIX TZ string of a TZif footer ('EST5EDT,M3.2.0,M11.1.0'), which
gives the local time types for instants after the file's last transition."""


_EPOCH_ORDINAL = 719163       # date(1970, 1, 1).toordinal()
_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    """Days from 1970-01-01 to January 1st of `year`."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + 1 - _EPOCH_ORDINAL


class _DayRule:
    """When in a year a change happens: a day picked by one of the three forms, and a local
    wall-clock time on it (seconds, possibly negative or past a day)."""

    def __init__(self, form, values, time):
        self.form = form
        self.values = values
        self.time = time

    def seconds_in(self, year):
        """The change's wall-clock time in `year`, in seconds since the epoch."""
        days = _days_before_year(year)
        # DIVERGENCE from POSIX, kept to match CPython: 'n' counts from 1 like 'Jn' (0 is
        # December 31st before), and 'Jn' skips a leap year's February 29th from J59 on
        if self.form == 'J':
            n = self.values[0]
            days += n - 1 + (1 if _is_leap(year) and n >= 59 else 0)
        elif self.form == 'n':
            days += self.values[0] - 1
        else:                           # Mm.w.d: weekday d of week w (5: the last) of month m
            month, week, weekday = self.values
            first = days + _DAYS_BEFORE_MONTH[month - 1]
            if month > 2 and _is_leap(year):
                first += 1
            first_weekday = (first + 4) % 7         # 1970-01-01 was a Thursday (4)
            day = (weekday - first_weekday) % 7 + 7 * (week - 1)
            month_days = (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30,
                          31, 31, 30, 31, 30, 31)[month - 1]
            while day >= month_days:
                day -= 7
            days = first + day
        return days * 86400 + self.time


class _Scanner:
    """Reads a TZ string left to right, as CPython's parser does: each part takes what it
    can, and the first part that cannot be read names the error."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def more(self):
        return self.at < len(self.text)

    def peek(self):
        return self.text[self.at] if self.at < len(self.text) else ''

    def take(self, char):
        if self.peek() == char:
            self.at += 1
            return True
        return False

    def digits(self, most, exactly=False):
        """Up to `most` digits (exactly that many if `exactly`) as an int, or None."""
        start = self.at
        while self.at - start < most and self.peek().isdigit() and self.peek().isascii():
            self.at += 1
        count = self.at - start
        if count == 0 or (exactly and count != most):
            self.at = start
            return None
        return int(self.text[start:self.at])

    def name(self):
        """'<...>' (letters, digits, '+', '-') or a run of letters; None if neither."""
        if self.take('<'):
            start = self.at
            while self.peek() and (self.peek().isalnum() or self.peek() in '+-') and self.peek().isascii():
                self.at += 1
            found = self.text[start:self.at]
            return found if self.take('>') else None
        start = self.at
        while self.peek().isalpha() and self.peek().isascii():
            self.at += 1
        return self.text[start:self.at] if self.at > start else None

    def duration(self, hour_limit):
        """'[+-]h[h[h]][:mm[:ss]]' in seconds (minutes and seconds are not range checked)."""
        sign = -1 if self.peek() == '-' else 1
        if self.peek() in ('-', '+'):
            self.at += 1
        hours = self.digits(3)
        if hours is None or hours > hour_limit:
            return None
        total = hours * 3600
        for scale in (60, 1):
            if not self.take(':'):
                break
            part = self.digits(2, exactly=True)
            if part is None:
                return None
            total += part * scale
        return sign * total

    def day_rule(self):
        """'Jn', 'n' or 'Mm.w.d', then an optional '/time' (02:00 by default)."""
        if self.take('M'):
            month = self.digits(2)
            week = self.digits(1) if self.take('.') else None
            weekday = self.digits(1) if week is not None and self.take('.') else None
            if (weekday is None or not 1 <= month <= 12 or not 1 <= week <= 5
                    or not 0 <= weekday <= 6):
                return None
            form, values = 'M', (month, week, weekday)
        else:
            form = 'J' if self.take('J') else 'n'
            day = self.digits(3)
            if day is None or day > 365 or (form == 'J' and day < 1):
                return None
            values = (day,)
        time = 7200
        if self.take('/'):
            time = self.duration(167)
            if time is None:
                return None
        return _DayRule(form, values, time)


class PosixTZ:
    """A TZ string's rule: a standard type, and optionally a DST type with the days it
    starts (in standard wall time) and ends (in DST wall time) each year. The types are
    (utc offset, dst offset, name) triples of seconds."""

    def __init__(self, text):
        scan = _Scanner(text)

        def fail(what):
            return ValueError(f'{what}{text.encode()!r}')

        std_name = scan.name()
        if std_name is None:
            raise fail('Invalid STD format in ')
        std_offset = scan.duration(24)
        if std_offset is None:
            raise fail('Invalid STD offset in ')
        # POSIX offsets count hours west of Greenwich: the sign is the other way round
        self.std = (-std_offset, 0, std_name)
        self.std_only = not scan.more()
        if self.std_only:
            return
        dst_name = scan.name()
        if dst_name is None:
            raise fail('Invalid DST format in ')
        dst_offset = -std_offset + 3600
        if scan.peek() != ',':
            dst_offset = scan.duration(24)
            if dst_offset is None:
                raise fail('Invalid DST offset in ')
            dst_offset = -dst_offset
        self.dst_diff = dst_offset - self.std[0]
        self.dst = (dst_offset, self.dst_diff, dst_name)
        if not scan.take(','):
            raise fail('Missing transition rules in TZ string: ')
        self.start = scan.day_rule()
        if self.start is None:
            raise fail('Malformed transition rule in TZ string: ')
        if not scan.take(','):
            raise fail('Missing transition rules in TZ string: ')
        self.end = scan.day_rule()
        if self.end is None:
            raise fail('Malformed transition rule in TZ string: ')
        if scan.more():
            raise fail('Extraneous characters at end of TZ string: ')

    def _dst_between(self, ts, start, end):
        if start < end:
            return start <= ts < end
        return not (end <= ts < start)

    def for_local(self, ts, year, fold):
        """The type in force at wall-clock time `ts` (epoch seconds) of `year`: in a gap
        fold=0 keeps the type before it, fold=1 takes the one after; in a repeated hour
        fold=0 is the first pass, fold=1 the second."""
        if self.std_only:
            return self.std
        start = self.start.seconds_in(year)
        end = self.end.seconds_in(year)
        # the change is at the larger of the two wall-clock readings for fold=0
        if fold == (self.dst_diff >= 0):
            end -= self.dst_diff
        else:
            start += self.dst_diff
        return self.dst if self._dst_between(ts, start, end) else self.std

    def for_utc(self, ts, year):
        """(type, fold) at the UTC instant `ts` of `year`: fold is 1 in the second pass of
        a repeated hour."""
        if self.std_only:
            return self.std, 0
        start = self.start.seconds_in(year) - self.std[0]
        end = self.end.seconds_in(year) - self.dst[0]
        in_dst = self._dst_between(ts, start, end)
        # the clock goes back at the end of a positive DST, at the start of a negative one
        if self.dst_diff > 0:
            repeat_from, repeat_to = end, end + self.dst_diff
        else:
            repeat_from, repeat_to = start, start - self.dst_diff
        fold = 1 if repeat_from <= ts < repeat_to else 0
        return (self.dst if in_dst else self.std), fold
