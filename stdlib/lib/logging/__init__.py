"""logging for tpy: loggers in a dotted-name hierarchy, handlers, formatters and filters,
with CPython 3.11's levels, record attributes, output formats and error reports.

The file reads top-down in the order a record travels: levels, the record, how it is
turned into text (styles, formatters), who may drop it (filters), where it goes
(handlers), who makes it (loggers and their manager), and the module-level shortcuts.

Locks are no-op locks: tpy's threads are green threads (vm/threads.ts) that switch only
where a thread blocks or at the eval loop's periodic check, and a handler writes each
record at once.
"""

import sys
import os
import _thread
import time
import traceback
import warnings
import atexit
import re

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
           'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger',
           'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING',
           'addLevelName', 'basicConfig', 'captureWarnings', 'critical', 'debug', 'disable',
           'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort', 'raiseExceptions',
           'getLevelNamesMapping']

# relativeCreated counts from here.
_startTime = time.time()

# Switches a program may flip. raiseExceptions: report errors inside handlers and reject
# bad levels; the log* ones: whether records carry thread and process details.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True


# ---------------------------------------------------------------------------
# Levels

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

# Name -> number, aliases included, in the order getLevelNamesMapping() shows them.
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARN,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}
# Number -> name: an alias never names a number.
_levelToName = {number: name for name, number in _nameToLevel.items()
                if name not in ('FATAL', 'WARN')}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """A number's name, a name's number, or 'Level <level>' for anything unknown."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    return ('Level %s' % level) if number is None else number


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    """The level number for an int or a registered name, else TypeError/ValueError."""
    if isinstance(level, int):
        return level
    if not isinstance(level, str):
        raise TypeError('Level not an integer or a valid string: %r' % (level,))
    number = _nameToLevel.get(level)
    if number is None:
        raise ValueError('Unknown level: %r' % level)
    return number


# ---------------------------------------------------------------------------
# Locks: no-ops that keep the API (acquire/release, `with`); see the module's docstring.

class _NoLock:
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def _at_fork_reinit(self):
        pass

    __enter__ = acquire

    def __exit__(self, *exc):
        return False


_lock = _NoLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ---------------------------------------------------------------------------
# Where a record was made: the first frame outside this file

def currentframe():
    return sys._getframe(1)


# Setting logging._srcfile = None turns the caller lookup off (records then say
# "(unknown file)"), a documented speed-up.
_srcfile = os.path.normpath(currentframe.__code__.co_filename)
_package_dir = os.path.dirname(_srcfile)
_UNKNOWN_CALLER = ('(unknown file)', 0, '(unknown function)', None)


def _is_internal_frame(frame):
    return os.path.normpath(frame.f_code.co_filename) == _srcfile


def _in_package(frame):
    return os.path.dirname(os.path.normpath(frame.f_code.co_filename)) == _package_dir


def _stack_text(frame):
    """What stack_info=True attaches to a record: the stack up to `frame`."""
    lines = ['Stack (most recent call last):\n']
    lines.extend(traceback.format_stack(frame))
    text = ''.join(lines)
    return text[:-1] if text.endswith('\n') else text


# ---------------------------------------------------------------------------
# Log records

def _is_mapping(value):
    # A Mapping that is not a dict needs collections.abc to exist, so a program without
    # it loaded has only dicts to offer; this keeps the import off the start-up path.
    abc = sys.modules.get('collections.abc')
    if abc is None:
        return isinstance(value, dict)
    return isinstance(value, abc.Mapping)


def _file_and_module(pathname):
    try:
        base = os.path.basename(pathname)
        return base, os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, 'Unknown module'


def _current_thread_name():
    # Without threading imported the program has only its main thread.
    threading = sys.modules.get('threading')
    return 'MainThread' if threading is None else threading.current_thread().name


def _current_process_name():
    name = 'MainProcess'
    multiprocessing = sys.modules.get('multiprocessing')
    if multiprocessing is not None:
        try:
            name = multiprocessing.current_process().name
        except Exception:
            pass
    return name


class LogRecord(object):
    """One logging event: the message, its arguments and where and when it was logged."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        # log.info('%(key)s', {'key': v}): a lone non-empty mapping is the argument itself.
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        # The attributes are set in CPython's order, which vars(record) shows.
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = (now % 1.0 * 1000) // 1     # whole milliseconds, as a float
        self.relativeCreated = 1000 * (now - _startTime)
        self.thread = _thread.get_ident() if logThreads else None
        self.threadName = _current_thread_name() if logThreads else None
        self.processName = _current_process_name() if logMultiprocessing else None
        self.process = os.getpid() if logProcesses else None

    def __repr__(self):
        fields = (self.name, self.levelno, self.pathname, self.lineno, self.msg)
        return '<LogRecord: %s, %s, %s, %s, "%s">' % fields

    def getMessage(self):
        """The message with its arguments merged in (`str(msg) % args`)."""
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are those of `dict` (e.g. one received over a socket)."""
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------
# Format styles: how a format string names the record's attributes

def _style_error(fmt, style):
    return ValueError("Invalid format '%s' for '%s' style" % (fmt, style))


class PercentStyle(object):
    """'%(name)s' fields, filled by the % operator."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(
        r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', 2)  # re.IGNORECASE, as an int: re's flags would import enum
    _field = '%%(%s)s'     # how this style spells one attribute, for BASIC_FORMAT and friends

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if self.validation_pattern.search(self._fmt) is None:
            raise _style_error(self._fmt, self.default_format[0])

    def _fields_of(self, record):
        # `defaults` fill in what the record lacks; the record's own attributes win.
        if self._defaults:
            return {**self._defaults, **record.__dict__}
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._fields_of(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


# What may follow a field name in str.format: a valid name and a format spec.
_FIELD_NAME = re.compile(r'(\d+|\w+)(\.\w+|\[[^]]+\])*$')
_FORMAT_SPEC = re.compile(
    r'(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', 2)  # re.IGNORECASE, as an int: re's flags would import enum


def _closing_brace(fmt, start):
    """Index of the '}' closing the field opened at fmt[start] ('{'), counting nested
    fields in the spec and skipping [index] parts; -1 if the string ends first."""
    depth = 0
    in_index = False
    for pos in range(start, len(fmt)):
        ch = fmt[pos]
        if in_index:
            in_index = ch != ']'
        elif ch == '[':
            in_index = True
        elif ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return pos
    return -1


def _split_field(body):
    """(name, conversion or None, spec) of a field's text between its braces, with
    str.format's messages for a malformed conversion."""
    cut = len(body)
    in_index = False
    for pos, ch in enumerate(body):
        if in_index:
            in_index = ch != ']'
        elif ch == '[':
            in_index = True
        elif ch in '!:':
            cut = pos
            break
    name, rest = body[:cut], body[cut:]
    conversion = None
    if rest[:1] == '!':
        if len(rest) < 2:
            raise ValueError("unmatched '{' in format spec")
        conversion, rest = rest[1], rest[2:]
        if rest and rest[0] != ':':
            raise ValueError("expected ':' after conversion specifier")
    return name, conversion, rest[1:]


def _brace_fields(fmt):
    """Yields (name, conversion, spec) for each replacement field of a str.format string,
    raising ValueError with str.format's messages where the string is malformed."""
    pos = 0
    end = len(fmt)
    while pos < end:
        ch = fmt[pos]
        doubled = fmt[pos + 1:pos + 2] == ch
        if ch == '}':
            if not doubled:
                raise ValueError("Single '}' encountered in format string")
            pos += 2
        elif ch != '{':
            pos += 1
        elif doubled:
            pos += 2
        else:
            close = _closing_brace(fmt, pos)
            if close < 0:
                # A '{' that is the string's last character is "single"; one followed by
                # an unclosed field is not.
                if pos + 1 == end:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            yield _split_field(fmt[pos + 1:close])
            pos = close + 1


class StrFormatStyle(PercentStyle):
    """'{name}' fields, filled by str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    _field = '{%s}'

    def _format(self, record):
        return self._fmt.format(**self._fields_of(record))

    def validate(self):
        named = 0
        try:
            for name, conversion, spec in _brace_fields(self._fmt):
                if name:
                    if not _FIELD_NAME.match(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    named += 1
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _FORMAT_SPEC.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not named:
            raise ValueError('invalid format: no fields')


# One '$' token of a string.Template: '$$', '$name', '${name}', or a bare '$'.
_DOLLAR_TOKEN = re.compile(r'\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|)', 258)  # re.IGNORECASE | re.ASCII, as an int: re's flags would import enum


class StringTemplateStyle(PercentStyle):
    """'$name' and '${name}' fields, filled by string.Template."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'
    _field = '${%s}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        # Imported here: string.Template's flags (re.IGNORECASE) would import enum with logging.
        from string import Template
        self._template = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        named = 0
        for token in _DOLLAR_TOKEN.finditer(self._fmt):
            escaped, plain, braced = token.groups()
            if plain or braced:
                named += 1
            elif not escaped:
                raise ValueError("invalid format: bare '$' not allowed")
        if not named:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._template.substitute(**self._fields_of(record))


def _basic_format(style):
    return ':'.join(style._field % name for name in ('levelname', 'name', 'message'))


BASIC_FORMAT = _basic_format(PercentStyle)

# Style character -> (style class, the format basicConfig uses when given none).
_STYLES = {style.default_format[0]: (style, _basic_format(style))
           for style in (PercentStyle, StrFormatStyle, StringTemplateStyle)}


def _check_style(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))


# ---------------------------------------------------------------------------
# Formatters

def _append_block(text, block):
    """text, then block on a line of its own."""
    if not text.endswith('\n'):
        text += '\n'
    return text + block


class Formatter(object):
    """Turns a LogRecord into text with a format string in one of three styles."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        _check_style(style)
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        msec_format = self.default_msec_format
        return msec_format % (text, record.msecs) if msec_format else text

    def formatException(self, ei):
        """The traceback of exc_info `ei` as print_exception writes it, less the last newline."""
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record's text: its formatted message, then its traceback and stack if any.
        Sets record.message (and record.asctime when the format shows it)."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback's text stays on the record, so the next handler reuses it.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _append_block(text, record.exc_text)
        if record.stack_info:
            text = _append_block(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, between an optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if len(records) == 0:
            return ''
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(record) for record in records)
        parts.append(self.formatFooter(records))
        return ''.join(parts)


# ---------------------------------------------------------------------------
# Filters

class Filter(object):
    """Lets through the records of one logger and its descendants (all if name is '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        name = record.name
        if name == self.name:
            return True
        # A descendant: our name, then a dot ('a.b' passes 'a.bc' by, takes 'a.b.c').
        return name.startswith(self.name) and name[self.nlen] == '.'


class Filterer(object):
    """The filter list shared by loggers and handlers."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False as soon as one filter (an object with .filter() or a callable) says no."""
        for each in self.filters:
            verdict = each.filter(record) if hasattr(each, 'filter') else each(record)
            if not verdict:
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers

_handlers = {}        # name -> handler, for the handlers that have a name
_handlerList = []     # one reference per handler made, oldest first, for shutdown()


class _HandlerRef:
    """Gives its handler back when called, like the weak references CPython keeps in
    _handlerList (tpy has no collectable ones: this one is strong)."""

    __slots__ = ('_handler',)

    def __init__(self, handler):
        self._handler = handler

    def __call__(self):
        return self._handler


def _bracketed(obj, label, level):
    """'<Class label(LEVEL)>': the shape of handler and logger reprs; label brings its own
    trailing space when it is not empty."""
    return '<%s %s(%s)>' % (obj.__class__.__name__, label, getLevelName(level))


def _report_handler_error(record, kind, value, tb):
    """Handler.handleError's report: the traceback, the stack of the code that logged
    (frames inside the logging package left out) and the message with its arguments."""
    out = sys.stderr
    out.write('--- Logging error ---\n')
    traceback.print_exception(kind, value, tb, file=out)
    out.write('Call stack:\n')
    frame = tb.tb_frame
    while frame is not None and _in_package(frame):
        frame = frame.f_back
    if frame is None:
        out.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
    else:
        traceback.print_stack(frame, file=out)
    try:
        details = 'Message: %r\nArguments: %s\n' % (record.msg, record.args)
    except RecursionError:
        raise
    except Exception:
        details = ('Unable to print the message and arguments - possible formatting error.\n'
                   'Use the traceback above to help find the error.\n')
    out.write(details)


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlerList.append(_HandlerRef(self))
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoLock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits the record if the filters let it through; returns whether they did."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """Called from emit() while an exception is being handled: reports it on stderr
        (when raiseExceptions is set), so that logging never stops the program."""
        kind, value, tb = sys.exc_info()
        if raiseExceptions and sys.stderr:
            try:
                _report_handler_error(record, kind, value, tb)
            except OSError:
                pass    # stderr itself is gone: nowhere left to report

    def __repr__(self):
        return _bracketed(self, '', self.level)


class StreamHandler(Handler):
    """Writes each formatted record and `terminator` to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            stream = self.stream
            if stream and hasattr(stream, 'flush'):
                stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replaces the stream (flushing the old one); returns the old one, or None if
        `stream` is the current one already."""
        old = self.stream
        if stream is old:
            return None
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return old

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return _bracketed(self, label + ' ' if label else '', self.level)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens: at once, or on the first record if `delay`."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        # 'locale' is what io.text_encoding(None) names in 3.11 for text files.
        self.encoding = 'locale' if encoding is None and 'b' not in mode else encoding
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        # tpy's open() has no 'locale' encoding; None means the same there.
        encoding = None if self.encoding == 'locale' else self.encoding
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=encoding, errors=self.errors)

    def close(self):
        self.acquire()
        try:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(stream, 'close'):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def emit(self, record):
        # A closed 'w' handler stays closed: reopening would empty the file.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return _bracketed(self, '%s ' % self.baseFilename, self.level)


class _StderrHandler(StreamHandler):
    """The handler of last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: for libraries that log but leave the configuration to the program."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# The logger hierarchy

def _ancestor_names(name):
    """The dotted prefixes of `name`, nearest first: 'a.b.c' gives 'a.b', then 'a'. As
    in CPython, a leading dot starts no prefix and a dot right before the one just used is
    passed over ('a..b' gives only 'a.')."""
    cut = name.rfind('.')
    while cut > 0:
        yield name[:cut]
        cut = name.rfind('.', 0, cut - 1)


def _require_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)


class PlaceHolder(object):
    """Stands in the hierarchy for a dotted name no logger has yet ('a' when only 'a.b'
    exists), remembering the loggers below it for when a real one takes its place."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    _require_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds the loggers by name and keeps each one's `parent` its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = NOTSET
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            found = self.loggerDict.get(name)
            if found is not None and not isinstance(found, PlaceHolder):
                return found
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if found is not None:
                self._adopt(found, made)
            self._attach(made)
            return made

    def setLoggerClass(self, klass):
        _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _attach(self, logger):
        """Sets logger.parent to its nearest real ancestor (else the root), leaving
        placeholders for the missing names in between."""
        parent = self.root
        for prefix in _ancestor_names(logger.name):
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(node, Logger):
                parent = node
                break
            else:
                node.append(logger)
        logger.parent = parent

    def _adopt(self, placeholder, logger):
        """The loggers a placeholder stood above now hang under the logger replacing it,
        unless their parent is already at or below it (the test is on the name's start)."""
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(logger.name):
                child.parent = logger

    def _clear_cache(self):
        """Forgets every logger's isEnabledFor answers: a level or `disable` changed."""
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel: records below its effective level are dropped, the others go to its
    handlers and (while `propagate`) to its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}      # level -> isEnabledFor's answer, until a level changes

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # One method per level; each goes straight to _log, as subclasses expect.
    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError('level must be an integer')
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, stack text or None) of the code that called logging:
        the stacklevel-th frame outside this file, going outwards from here."""
        frame = currentframe()
        if frame is None:
            return _UNKNOWN_CALLER
        remaining = stacklevel
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                remaining -= 1
        code = frame.f_code
        stack = _stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            fields = record.__dict__
            for key in extra:
                # 'message' and 'asctime' are set later, by the Formatter.
                if key in fields or key == 'message' or key == 'asctime':
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                fields[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        fn, lno, func, sinfo = _UNKNOWN_CALLER
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass    # e.g. a subclass's findCaller that found no frame
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 _exc_info_triple(exc_info), func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _propagation_chain(self):
        """This logger, then its ancestors for as long as each one propagates."""
        logger = self
        while logger:
            yield logger
            logger = logger.parent if logger.propagate else None

    def hasHandlers(self):
        return any(logger.handlers for logger in self._propagation_chain())

    def callHandlers(self, record):
        """Passes the record to the handlers up the hierarchy; to lastResort if none."""
        handler_seen = False
        for logger in self._propagation_chain():
            for handler in logger.handlers:
                handler_seen = True
                if record.levelno >= handler.level:
                    handler.handle(record)
        if not handler_seen:
            self._without_handlers(record)

    def _without_handlers(self, record):
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
            return
        manager = self.manager
        if raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of the nearest logger up the hierarchy that has one set."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        cache = self._cache
        answer = cache.get(level)
        if answer is None:
            with _lock:
                if self.manager.disable >= level:
                    answer = False
                else:
                    answer = level >= self.getEffectiveLevel()
                cache[level] = answer
        return answer

    def getChild(self, suffix):
        name = suffix if self is self.root else '.'.join((self.name, suffix))
        return self.manager.getLogger(name)

    def __repr__(self):
        return _bracketed(self, '%s ' % self.name, self.getEffectiveLevel())

    def __reduce__(self):
        # Pickled by name: only a logger that getLogger gives back can be.
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


def _exc_info_triple(exc_info):
    """The exc_info argument of a logging call as a record holds it: an exception becomes
    its (type, value, traceback), any other true non-tuple the one being handled."""
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return sys.exc_info()


def _deprecated_warn(kind):
    # stacklevel 3: the warning points at the code that called warn().
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger, adding contextual `extra` to each record (process() decides how)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    # Every level goes through log(), so that process() sees each call.
    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    # The rest is the wrapped logger's.
    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        wrapped = self.logger
        return _bracketed(self, '%s ' % wrapped.name, wrapped.getEffectiveLevel())

    __class_getitem__ = classmethod(type(list[int]))    # types.GenericAlias, without importing types


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ---------------------------------------------------------------------------
# Configuration

def _basic_handlers(options, encoding, errors):
    """The handlers basicConfig installs: those given, else one on a file or a stream.
    Takes the keys it uses out of `options`."""
    handlers = options.pop('handlers', None)
    if handlers is not None:
        if 'stream' in options or 'filename' in options:
            raise ValueError(
                "'stream' or 'filename' should not be specified together with 'handlers'")
        return handlers
    if 'stream' in options and 'filename' in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop('filename', None)
    mode = options.pop('filemode', 'a')
    if not filename:
        return [StreamHandler(options.pop('stream', None))]
    if 'b' in mode:
        errors = None
    elif encoding is None:
        encoding = 'locale'
    return [FileHandler(filename, mode, encoding=encoding, errors=errors)]


def basicConfig(**options):
    """Gives the root logger a handler with a formatter, unless it has handlers already
    (force=True removes and closes them first); then checks for unknown keywords."""
    with _lock:
        force = options.pop('force', False)
        encoding = options.pop('encoding', None)
        errors = options.pop('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return      # configured already: everything else is ignored
        handlers = _basic_handlers(options, encoding, errors)
        datefmt = options.pop('datefmt', None)
        style = options.pop('style', '%')
        _check_style(style)
        formatter = Formatter(options.pop('format', _STYLES[style][1]), datefmt, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = options.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if options:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    """The logger called `name` (made on first use); the root logger for None, '' or 'root'."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


# ---------------------------------------------------------------------------
# The module-level shortcuts: they log on the root logger, configuring it first if it
# has no handler.

def _ready_root():
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _ready_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _ready_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _ready_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn('function')
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ready_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _ready_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _ready_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every record at `level` or below, whatever the loggers' levels."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def _flush_and_close(handler):
    try:
        handler.acquire()
        handler.flush()
        handler.close()
    except (OSError, ValueError):
        pass    # a stream the program closed already
    finally:
        handler.release()


def shutdown(handlerList=_handlerList):
    """Flushes and closes the handlers, newest first (run at exit). The list holds
    callables giving a handler back, or something false once it is gone."""
    for ref in reversed(handlerList[:]):
        try:
            handler = ref()
            if handler:
                _flush_and_close(handler)
        except BaseException:
            if raiseExceptions:
                raise


atexit.register(shutdown)


# ---------------------------------------------------------------------------
# Warnings as log records

_saved_showwarning = None     # warnings.showwarning while captureWarnings(True)


def _showwarning_to_log(message, category, filename, lineno, file=None, line=None):
    """showwarning while captured: to the 'py.warnings' logger, unless a file is given."""
    if file is None:
        text = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger('py.warnings')
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(text))
    elif _saved_showwarning is not None:
        _saved_showwarning(message, category, filename, lineno, file, line)


def captureWarnings(capture):
    """Routes warnings.showwarning to the 'py.warnings' logger, or puts it back."""
    global _saved_showwarning
    capturing = _saved_showwarning is not None
    if capture and not capturing:
        _saved_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning_to_log
    elif capturing and not capture:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
