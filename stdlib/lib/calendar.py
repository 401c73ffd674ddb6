"""calendar: month and year tables (Calendar, TextCalendar, HTMLCalendar and their Locale
variants), leap years, weekdays, timegm, and the command line (python -m calendar).

The names of days and months are the C locale's (the only locale tpy has).
"""

import datetime
import sys

__all__ = [
    "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar", "LocaleHTMLCalendar",
    "IllegalMonthError", "IllegalWeekdayError",
    "isleap", "leapdays", "weekday", "monthrange", "timegm",
    "firstweekday", "setfirstweekday", "monthcalendar", "weekheader",
    "month", "prmonth", "calendar", "prcal",
    "day_name", "day_abbr", "month_name", "month_abbr",
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January, February = 1, 2

# Length of each month in a common year; slot 0 keeps month numbers as indexes.
# The 30-day months are April, June, September and November; February has 28.
mdays = [0] + [28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31 for m in range(1, 13)]


class _NameTable:
    """A read-only sequence of names (day_name, month_abbr, ...).

    tpy only has the C locale, so the names are fixed strings built once; indexing
    and slicing behave like the list underneath (slices give lists).
    """

    def __init__(self, names):
        self._names = names

    def __getitem__(self, index):
        return self._names[index]

    def __len__(self):
        return len(self._names)


_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]

day_name = _NameTable(_DAYS)
day_abbr = _NameTable([d[:3] for d in _DAYS])
month_name = _NameTable([""] + _MONTHS)
month_abbr = _NameTable([""] + [m[:3] for m in _MONTHS])


def isleap(year):
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _leaps_through(year):
    # Leap years in 1..year by the Gregorian rule, extended to year <= 0.
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday); years outside 1-9999 repeat every 400 years."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years (146097 days = 20871 weeks).
        year = 2000 + year % 400
    # datetime.date also checks the month and the day, with its own messages.
    # Day 1 of the proleptic Gregorian calendar (0001-01-01) was a Monday.
    return (datetime.date(year, month, day).toordinal() + 6) % 7


def _days_in(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _emit(text):
    # The pr* methods print their text as is: it already ends with its newlines.
    print(text, end='')


def _chunks(seq, size):
    return [seq[start:start + size] for start in range(0, len(seq), size)]


class Calendar(object):
    """Weeks of whole days: the days of the neighbouring months fill the first and last week."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(fget=getfirstweekday, fset=setfirstweekday)

    def iterweekdays(self):
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        """(days shown from the previous month, days in the month, days from the next)."""
        start, length = monthrange(year, month)
        before = (start - self.firstweekday) % 7
        after = -(before + length) % 7
        return before, length, after

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 for the days outside it."""
        before, length, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, length + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        wd = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) of each day of the month's weeks."""
        before, length, after = self._padding(year, month)
        if before:
            py, pm = (year - 1, 12) if month == 1 else (year, month - 1)
            last = _days_in(py, pm)
            for day in range(last - before + 1, last + 1):
                yield py, pm, day
        for day in range(1, length + 1):
            yield year, month, day
        if after:
            ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
            for day in range(1, after + 1):
                yield ny, nm, day

    def itermonthdays4(self, year, month):
        wd = self.firstweekday
        for ymd in self.itermonthdays3(year, month):
            yield (*ymd, wd)
            wd = (wd + 1) % 7

    def itermonthdates(self, year, month):
        make = datetime.date
        for ymd in self.itermonthdays3(year, month):
            yield make(*ymd)

    def monthdatescalendar(self, year, month):
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _chunks([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _chunks([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _chunks([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendars as plain text: w is the width of a day column, l the lines per week."""

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def prweek(self, theweek, width):
        _emit(self.formatweek(theweek, width))

    def formatweekday(self, day, width):
        table = day_abbr if width < 9 else day_name
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = f"{title} {theyear!r}"
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(w, 2)
        l = max(l, 1)
        lines = [self.formatmonthname(theyear, themonth, 7 * w + 6),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth)]
        newlines = '\n' * l
        return newlines.join([line.rstrip() for line in lines]) + newlines

    def prmonth(self, theyear, themonth, w=0, l=0):
        _emit(self.formatmonth(theyear, themonth, w, l))

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """The year in rows of m months, c spaces between the months."""
        w = max(w, 2)
        l = max(l, 1)
        c = max(c, 2)
        colwidth = 7 * w + 6
        heading = self.formatweekheader(w)
        lines = [repr(theyear).center(m * colwidth + (m - 1) * c)]
        first = 1
        for row in self.yeardays2calendar(theyear, m):
            # Each band of months starts after an empty line.
            lines.append('')
            months = range(first, first + len(row))
            first += len(row)
            lines.append(formatstring([self.formatmonthname(theyear, mo, colwidth, False)
                                       for mo in months], colwidth, c))
            lines.append(formatstring([heading] * len(row), colwidth, c))
            for i in range(max(len(weeks) for weeks in row)):
                cells = [self.formatweek(weeks[i], w) if i < len(weeks) else ''
                         for weeks in row]
                lines.append(formatstring(cells, colwidth, c))
        newlines = '\n' * l
        return newlines.join([line.rstrip() for line in lines]) + newlines

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        _emit(self.formatyear(theyear, w, l, c, m))


def _html_cell(tag, cls, body):
    return '<%s class="%s">%s</%s>' % (tag, cls, body, tag)


class HTMLCalendar(Calendar):
    """Calendars as XHTML tables; the class attributes name the CSS classes used."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day:
            return _html_cell('td', self.cssclasses[weekday], '%d' % day)
        return _html_cell('td', self.cssclass_noday, '&nbsp;')

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        return _html_cell('th', self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join([self.formatweekday(wd) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = '%s %s' % (month_name[themonth], theyear) if withyear else '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        """A table of month tables, width months to a row."""
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n' % self.cssclass_year,
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(January, January + 12, width):
            out.append('<tr>')
            for m in range(first, min(first + width, 13)):
                out.append('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False))
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A whole XHTML page with the year, as bytes in `encoding`."""
        charset = sys.getdefaultencoding() if encoding is None else encoding
        out = ['<?xml version="1.0" encoding="%s"?>\n' % charset,
               '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
               '<html>\n', '<head>\n',
               '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % charset]
        if css is not None:
            out.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        out += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(out).encode(charset, "xmlcharrefreplace")


def _lc_time(value=None):
    """Sets LC_TIME to value (None only reads it); returns the setting in force."""
    import locale
    return locale.setlocale(locale.LC_TIME, value)


class different_locale:
    """A context manager that sets LC_TIME to locale inside it."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        self.oldlocale = _lc_time()
        _lc_time(self.locale)

    def __exit__(self, *args):
        if self.oldlocale is not None:
            _lc_time(self.oldlocale)


def _get_default_locale():
    # An unset LC_TIME ("C") gives way to the user's preferred locale.
    current = _lc_time()
    if current != "C":
        return current
    with different_locale(""):
        return _lc_time()


def _named_in(locale, method, *args):
    # Calls method (which reads day or month names) with LC_TIME set to locale.
    with different_locale(locale):
        return method(*args)


def _pick_locale(locale):
    return _get_default_locale() if locale is None else locale


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose day and month names are read with LC_TIME set to locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _pick_locale(locale)

    def formatweekday(self, day, width):
        return _named_in(self.locale, super().formatweekday, day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        return _named_in(self.locale, super().formatmonthname, theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose day and month names are read with LC_TIME set to locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _pick_locale(locale)

    def formatweekday(self, day):
        return _named_in(self.locale, super().formatweekday, day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        return _named_in(self.locale, super().formatmonthname, theyear, themonth, withyear)


# The module-level functions are bound methods of one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday
monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


# Defaults: three 20-character month columns (7 days of 2 digits), 6 spaces apart.
def formatstring(cols, colwidth=20, spacing=6):
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def format(cols, colwidth=20, spacing=6):
    """Prints columns, each centred in colwidth, spacing spaces apart."""
    print(formatstring(cols, colwidth, spacing))


EPOCH = 1970
_EPOCH_ORDINAL = 719163  # datetime.date(1970, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hh, mm, ss = tuple[:6]
    # The day may overflow its month (day 40): count from the month's first day.
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + (day - 1)
    return ((days * 24 + hh) * 60 + mm) * 60 + ss


def main(args):
    """python -m calendar [opts] [year [month]]: a year or a month, as text or HTML."""
    import argparse
    ap = argparse.ArgumentParser()
    text = ap.add_argument_group('text only arguments')
    html = ap.add_argument_group('html only arguments')
    text.add_argument("-w", "--width", type=int, default=2, help="width of date column (default 2)")
    text.add_argument("-l", "--lines", type=int, default=1, help="number of lines for each week (default 1)")
    text.add_argument("-s", "--spacing", type=int, default=6, help="spacing between months (default 6)")
    text.add_argument("-m", "--months", type=int, default=3, help="months per row (default 3)")
    html.add_argument("-c", "--css", default="calendar.css", help="CSS to use for page")
    ap.add_argument("-L", "--locale", default=None, help="locale to use for month and weekday names")
    ap.add_argument("-e", "--encoding", default=None, help="encoding to use for output")
    ap.add_argument("-t", "--type", default="text", choices=("text", "html"), help="output type (text or html)")
    ap.add_argument("year", nargs='?', type=int, help="year number (1-9999)")
    ap.add_argument("month", nargs='?', type=int, help="month number (1-12, text only)")
    opts = ap.parse_args(args[1:])
    if opts.locale and not opts.encoding:
        ap.error("if --locale is specified --encoding is required")
    locale = (opts.locale, opts.encoding)
    year = datetime.date.today().year if opts.year is None else opts.year
    if opts.type == "html":
        cal = LocaleHTMLCalendar(locale=locale) if opts.locale else HTMLCalendar()
        encoding = opts.encoding or sys.getdefaultencoding()
        if opts.month is not None:
            ap.error("incorrect number of arguments")
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=opts.css))
        return
    cal = LocaleTextCalendar(locale=locale) if opts.locale else TextCalendar()
    if opts.month is None:
        result = cal.formatyear(year, w=opts.width, l=opts.lines, c=opts.spacing, m=opts.months)
    else:
        result = cal.formatmonth(year, opts.month, w=opts.width, l=opts.lines)
    if opts.encoding:
        sys.stdout.buffer.write(result.encode(opts.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
