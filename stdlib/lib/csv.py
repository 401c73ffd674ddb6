"""csv for tpy: reader, writer, dialects, DictReader and DictWriter with CPython 3.11's
parsing, quoting and error messages.

Written from the documented behaviour. CPython does the parsing in the C module _csv;
here it is this module's own code, so the names _csv shows (`_csv.Error`, `_csv.reader`,
`_csv.Dialect`) are kept. DIVERGENCE: a traceback through reader() or writer() shows one
frame of this file that CPython's does not. Sniffer is not implemented.
"""

from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', '__doc__', 'excel', 'excel_tab',
           'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter',
           'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}
_UNSET = object()   # a keyword argument not given (None is a value: quotechar=None)


def field_size_limit(*args):
    """Returns the largest field the reader accepts; sets it if given an int."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


# ---------------------------------------------------------------------------
# Dialects: the checked, read-only parameter set behind every reader and writer

def _char_param(name, value, default, may_be_none):
    if value is _UNSET:
        return default
    if value is None and may_be_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if may_be_none else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _bool_param(value, default):
    return default if value is _UNSET else bool(value)


_DIALECT_FIELDS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                   'quotechar', 'quoting', 'skipinitialspace', 'strict')


class _Dialect(object):
    """The parameters of a reader or writer, checked once (`_csv.Dialect`)."""

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for name in _DIALECT_FIELDS:
            value = kwargs.pop(name, _UNSET)
            if value is _UNSET and dialect is not None:
                value = getattr(dialect, name, _UNSET)
            values[name] = value
        for name in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        put = object.__setattr__
        put(self, 'delimiter', _char_param('delimiter', values['delimiter'], ',', False))
        put(self, 'doublequote', _bool_param(values['doublequote'], True))
        put(self, 'escapechar', _char_param('escapechar', values['escapechar'], None, True))
        terminator = values['lineterminator']
        if terminator is _UNSET:
            terminator = '\r\n'
        elif terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        put(self, 'lineterminator', terminator)
        put(self, 'quotechar', _char_param('quotechar', values['quotechar'], '"', True))
        quoting = values['quoting']
        if quoting is _UNSET:
            # No quote character and no quoting asked for: nothing is quoted.
            quoting = QUOTE_NONE if self.quotechar is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        put(self, 'quoting', quoting)
        put(self, 'skipinitialspace', _bool_param(values['skipinitialspace'], False))
        put(self, 'strict', _bool_param(values['strict'], False))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if terminator is None:
            raise TypeError('lineterminator must be set')

    def __setattr__(self, name, value):
        if name in _DIALECT_FIELDS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


_Dialect.__name__ = 'Dialect'
_Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect')


def list_dialects():
    return list(_dialects)


class Dialect:
    """Describes a CSV dialect as class attributes; subclasses are checked when made."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX ('\\n' ends lines, all fields quoted)."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


def _make_dialect(args, fmtparams):
    if len(args) > 1:
        raise TypeError(' expected at most 2 arguments, got %d' % (len(args) + 1))
    if 'dialect' in fmtparams:
        if args:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        args = (fmtparams.pop('dialect'),)
    return _Dialect(args[0] if args else None, **fmtparams)


# ---------------------------------------------------------------------------
# The reader: a character-at-a-time state machine over the lines of its input

_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = object()   # next()'s default: the input has no more lines


def _first_of(line, i, chars):
    """The index of the first of `chars` in line[i:], or len(line)."""
    j = len(line)
    for ch in chars:
        k = line.find(ch, i, j)
        if k >= 0:
            j = k
    return j


class reader(object):
    """Iterates over the records of `csvfile` (any iterable of str lines), each a list
    of fields; a quoted field may span lines. `line_num` counts the lines read."""

    # No instance __dict__, as the C type (_csv.reader) has none: other attributes are refused.
    __slots__ = ('_lines', 'dialect', 'line_num', '_field_stops', '_quoted_stops', '_line_stops',
                 '_fields', '_field', '_field_len', '_numeric', '_state')

    def __init__(self, *args, **fmtparams):
        if not args:
            raise TypeError(' expected at least 1 argument, got 0')
        self._lines = iter(args[0])
        self.dialect = _make_dialect(args[1:], fmtparams)
        self.line_num = 0
        d = self.dialect
        quoting_on = d.quoting != QUOTE_NONE and d.quotechar is not None
        # The characters that end a run of plain characters, in and out of quotes.
        self._field_stops = [ch for ch in (d.delimiter, d.escapechar, '\n', '\r') if ch is not None]
        self._quoted_stops = [ch for ch in (d.escapechar, d.quotechar if quoting_on else None)
                              if ch is not None]
        self._line_stops = self._field_stops[1:] + ([d.quotechar] if quoting_on else [])
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []        # the current field's pieces
        self._field_len = 0
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        self._field_len = 0
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add(self, text):
        if self._field_len + len(text) > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(text)
        self._field_len += len(text)

    def _plain_line(self, line):
        """The fields of a line with nothing to unquote or unescape, or None."""
        d = self.dialect
        if d.skipinitialspace or d.quoting == QUOTE_NONNUMERIC:
            return None
        body = line
        if body.endswith('\r\n'):
            body = body[:-2]
        elif body.endswith('\n') or body.endswith('\r'):
            body = body[:-1]
        for ch in self._line_stops:
            if ch in body:
                return None
        if body == '':
            return []
        fields = body.split(d.delimiter)
        for field in fields:
            if len(field) > _field_limit:
                raise Error('field larger than field limit (%d)' % _field_limit)
        return fields

    def __next__(self):
        self._reset()
        while True:
            line = next(self._lines, _EOL)
            if line is _EOL:
                if self._field_len != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise StopIteration
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._plain_line(line)
                if fields is not None:
                    return fields
            self._feed(line)
            self._end_of_line()
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _feed(self, line):
        """Runs the state machine over one line, taking runs of plain characters at once."""
        d = self.dialect
        quoting_on = d.quoting != QUOTE_NONE
        i = 0
        n = len(line)
        while i < n:
            state = self._state
            c = line[i]
            if state == _IN_FIELD:
                j = _first_of(line, i, self._field_stops)
                if j > i:
                    self._add(line[i:j])
                    i = j
                    continue
                if c == '\n' or c == '\r':
                    self._save_field()
                    self._state = _EAT_CRNL
                elif c == d.escapechar:
                    self._state = _ESCAPED_CHAR
                else:   # the delimiter
                    self._save_field()
                    self._state = _START_FIELD
                i += 1
                continue
            if state == _IN_QUOTED_FIELD:
                j = _first_of(line, i, self._quoted_stops)
                if j > i:
                    self._add(line[i:j])
                    i = j
                    continue
                if c == d.escapechar:
                    self._state = _ESCAPE_IN_QUOTED_FIELD
                else:   # the quote character
                    self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                i += 1
                continue
            if state == _START_RECORD:
                if c == '\n' or c == '\r':
                    self._state = _EAT_CRNL
                    i += 1
                    continue
                state = self._state = _START_FIELD
            if state == _START_FIELD:
                if c == '\n' or c == '\r':
                    self._save_field()
                    self._state = _EAT_CRNL
                elif c == d.quotechar and quoting_on:
                    self._state = _IN_QUOTED_FIELD
                elif c == d.escapechar:
                    self._state = _ESCAPED_CHAR
                elif c == ' ' and d.skipinitialspace:
                    pass
                elif c == d.delimiter:
                    self._save_field()
                else:
                    if d.quoting == QUOTE_NONNUMERIC:
                        self._numeric = True
                    self._add(c)
                    self._state = _IN_FIELD
            elif state == _ESCAPED_CHAR:
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL if c == '\n' or c == '\r' else _IN_FIELD
            elif state == _AFTER_ESCAPED_CRNL:
                self._state = _IN_FIELD
                continue    # the character is read again, in a field
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif state == _QUOTE_IN_QUOTED_FIELD:
                # A quote inside a quoted field: doubled, the field's end, or (lax) a plain char.
                if quoting_on and c == d.quotechar:
                    self._add(c)
                    self._state = _IN_QUOTED_FIELD
                elif c == d.delimiter:
                    self._save_field()
                    self._state = _START_FIELD
                elif c == '\n' or c == '\r':
                    self._save_field()
                    self._state = _EAT_CRNL
                elif not d.strict:
                    self._add(c)
                    self._state = _IN_FIELD
                else:
                    raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
            elif state == _EAT_CRNL:
                if c != '\n' and c != '\r':
                    raise Error('new-line character seen in unquoted field - do you need '
                                'to open the file in universal-newline mode?')
            i += 1

    def _end_of_line(self):
        """The state machine's step at the end of each line read."""
        state = self._state
        if state == _START_FIELD or state == _IN_FIELD or state == _QUOTE_IN_QUOTED_FIELD:
            self._save_field()
            self._state = _START_RECORD
        elif state == _ESCAPED_CHAR or state == _ESCAPE_IN_QUOTED_FIELD:
            # An escaped line end is a newline in the field.
            self._add('\n')
            self._state = _IN_FIELD if state == _ESCAPED_CHAR else _IN_QUOTED_FIELD
        elif state == _EAT_CRNL:
            self._state = _START_RECORD
        # _START_RECORD, _IN_QUOTED_FIELD and _AFTER_ESCAPED_CRNL carry on with the next line.


reader.__module__ = '_csv'


# ---------------------------------------------------------------------------
# The writer

def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    t = type(value)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


class writer(object):
    """Writes rows (iterables of fields) to `fileobj` as delimited, quoted text lines."""

    # No instance __dict__, as the C type (_csv.writer) has none.
    __slots__ = ('_write', 'dialect', '_special_chars')

    def __init__(self, *args, **fmtparams):
        if not args:
            raise TypeError(' expected at least 1 argument, got 0')
        try:
            self._write = args[0].write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _make_dialect(args[1:], fmtparams)
        self._special_chars = self._specials()

    def _specials(self):
        d = self.dialect
        chars = [ch for ch in (d.delimiter, d.escapechar, d.quotechar) if ch is not None]
        return chars + [ch for ch in d.lineterminator if ch not in chars]

    def _field_text(self, text, quoted):
        """One field as written: special characters escaped or doubled, quoted if needed."""
        d = self.dialect
        for ch in self._special_chars:
            if ch in text:
                break
        else:
            if quoted:
                return d.quotechar + text + d.quotechar
            return text
        q = d.quotechar
        if d.escapechar is None and q is not None and d.doublequote and d.quoting != QUOTE_NONE:
            # Every special character only makes the field quoted; quotes are doubled.
            return q + text.replace(q, q + q) + q
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE or d.quotechar is None:
                    escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
                else:
                    quoted = True
            out.append(c)
        body = ''.join(out)
        if quoted:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__)
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field_text(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            # A lone empty field would read back as an empty record.
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


writer.__module__ = '_csv'


# ---------------------------------------------------------------------------
# Rows as dicts

class DictReader:
    """Reads each record as a dict keyed by `fieldnames` (by default the first record);
    extra fields go in a list under `restkey`, missing ones get `restval`."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames   # reads the header line
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:      # blank lines are skipped
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of `fieldnames`; missing keys get `restval`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            extra = [k for k in rowdict.keys() if k not in self.fieldnames]
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in extra]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a sample's dialect (delimiter, quote character, doubled quotes, space after the
    delimiter) and whether its first row is a header, by CPython's rules."""

    def __init__(self):
        # Tie-breaker when several characters look like delimiters.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing sample; delimiters limits the candidates."""
        quotechar, doublequote, delimiter, skipinitialspace = _quoted_fields(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_delimiter(self, data, delimiters):
        """The character found about as often on every line: (delimiter, skipinitialspace),
        or ('', 0). Lines are read ten at a time until one character stands out."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        # char -> {count on a line: number of lines with that count}
        counts = {}
        modes = {}
        found = {}
        read = 0
        rounds = 0
        while read < len(lines):
            rounds += 1
            for line in lines[read:read + chunk]:
                for code in range(127):
                    char = chr(code)
                    per_line = counts.setdefault(char, {})
                    n = line.count(char)
                    per_line[n] = per_line.get(n, 0) + 1
            read += chunk
            for char, per_line in counts.items():
                items = list(per_line.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) == 1:
                    modes[char] = items[0]
                    continue
                # The most frequent count, weakened by the lines that had another count.
                best = max(items, key=lambda item: item[1])
                others = sum(item[1] for item in items) - best[1]
                modes[char] = (best[0], best[1] - others)
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not found and consistency >= 0.9:
                for char, (n, lines_with_n) in modes.items():
                    if n > 0 and lines_with_n > 0 and lines_with_n / total >= consistency and \
                            (delimiters is None or char in delimiters):
                        found[char] = (n, lines_with_n)
                consistency -= 0.01
            if len(found) == 1:
                delim = next(iter(found))
                return delim, _space_follows(lines[0], delim)
        if not found:
            return '', 0
        if len(found) > 1:
            for delim in self.preferred:
                if delim in found:
                    return delim, _space_follows(lines[0], delim)
        delim = sorted((v, k) for k, v in found.items())[-1][1]
        return delim, _space_follows(lines[0], delim)

    def has_header(self, sample):
        """Whether the first row looks like labels: each column whose other rows share one kind
        (complex numbers, or strings of one length) votes by whether the first row differs."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


def _space_follows(line, delim):
    """Whether every delim on line is followed by a space."""
    return line.count(delim) == line.count(delim + ' ')


# Quoted fields with what surrounds them: a delimiter and an optional space before the quote
# and the same delimiter after; a quote at a line start, then a delimiter; a delimiter, then
# a quote at a line end; a quoted line alone. The first kind found decides.
_QUOTED = [
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
]


def _quoted_fields(data, delimiters):
    """(quotechar, doublequote, delimiter, skipinitialspace) from the quoted fields in data;
    ('', False, None, 0) when there are none."""
    import re
    for text in _QUOTED:
        regex = re.compile(text, re.DOTALL | re.MULTILINE)
        found = regex.findall(data)
        if found:
            break
    else:
        return '', False, None, 0
    index = regex.groupindex
    quotes = {}
    delims = {}
    spaces = 0
    for groups in found:
        quote = groups[index['quote'] - 1]
        if quote:
            quotes[quote] = quotes.get(quote, 0) + 1
        if 'delim' not in index:
            continue
        delim = groups[index['delim'] - 1]
        if delim and (delimiters is None or delim in delimiters):
            delims[delim] = delims.get(delim, 0) + 1
        if groups[index['space'] - 1]:
            spaces += 1
    quotechar = max(quotes, key=quotes.get)
    if delims:
        delim = max(delims, key=delims.get)
        skipinitialspace = delims[delim] == spaces
        if delim == '\n':
            # a single column
            delim = ''
    else:
        delim = ''
        skipinitialspace = 0
    # A third quote between two delimiters on one line means quotes are doubled inside fields.
    d = re.escape(delim)
    doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, quotechar, d, quotechar, d, quotechar, d),
                         re.MULTILINE)
    return quotechar, bool(doubled.search(data)), delim, skipinitialspace

# CPython's reader, writer, dialect registry and field_size_limit are C (_csv): tracebacks show none of their frames.
from _c_type_names import as_c_function as _as_c_function, as_c_type as _as_c_type
for _f in (field_size_limit, _char_param, _bool_param, register_dialect, unregister_dialect, get_dialect,
           list_dialects, _make_dialect, _first_of, _is_number):
    _as_c_function(_f)
for _c in (_Dialect, reader, writer):
    _as_c_type(_c, ('__module__',))
del _as_c_function, _as_c_type, _f, _c
