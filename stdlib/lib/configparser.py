"""Configuration file parser: INI-style files of [sections] holding name = value options.

RawConfigParser reads, queries, changes and writes them; ConfigParser adds value
interpolation (BasicInterpolation's %(name)s by default, or ExtendedInterpolation's
${section:name}) and type checks on what is set. Both are mutable mappings of section
name to SectionProxy, the DEFAULT section first; DEFAULT's options show in every section.
Not here: LegacyInterpolation (deprecated in 3.11).
"""

import collections.abc
import functools
import io
import itertools
import os
import re
import sys

__all__ = [
    # the exceptions
    'NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError', 'NoOptionError',
    'InterpolationError', 'InterpolationDepthError', 'InterpolationMissingOptionError',
    'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError',
    # parsers, interpolations and mappings
    'ConfigParser', 'SafeConfigParser', 'RawConfigParser', 'Interpolation', 'BasicInterpolation',
    'ExtendedInterpolation', 'SectionProxy', 'ConverterMapping',
    # constants
    'DEFAULTSECT', 'MAX_INTERPOLATION_DEPTH',
]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# ---------------------------------------------------------------- exceptions

class Error(Exception):
    """Base class for configparser's exceptions; str() is its message."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _fill(err, message, args, **attributes):
    """Gives err its message, then its attributes (in the order CPython sets them, which
    vars() shows), then args: the constructor's arguments, so that pickling rebuilds it."""
    Error.__init__(err, message)
    for name, value in attributes.items():
        setattr(err, name, value)
    err.args = args


def _where(source, lineno):
    """'While reading from 'f' [line  3]: ' for the errors a file's contents cause."""
    line = '' if not lineno else f' [line {lineno:2d}]'
    return f'While reading from {source!r}{line}: '


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        _fill(self, f'No section: {section!r}', (section,), section=section)


class DuplicateSectionError(Error):
    """A section is added twice (or read twice from one source in strict mode)."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = f'Section {section!r} already exists'
        else:
            text = f'{_where(source, lineno)}section {section!r} already exists'
        _fill(self, text, (section, source, lineno), section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option appears twice in one section of one source, in strict mode."""

    def __init__(self, section, option, source=None, lineno=None):
        tail = f'{option!r} in section {section!r} already exists'
        text = 'Option ' + tail if source is None else _where(source, lineno) + 'option ' + tail
        _fill(self, text, (section, option, source, lineno),
              section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """A requested option is not in the section (nor in DEFAULT)."""

    def __init__(self, option, section):
        _fill(self, f'No option {option!r} in section: {section!r}', (option, section),
              option=option, section=section)


class InterpolationError(Error):
    """Base class for the errors of value interpolation."""

    def __init__(self, option, section, msg):
        _fill(self, msg, (option, section, msg), option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = (f'Bad value substitution: option {option!r} in section {section!r} contains an '
                f'interpolation key {reference!r} which is not a valid option name. Raw value: {rawval!r}')
        _fill(self, text, (option, section, rawval, reference),
              option=option, section=section, reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's interpolation syntax is malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (a reference loop, usually)."""

    def __init__(self, option, section, rawval):
        text = (f'Recursion limit exceeded in value substitution: option {option!r} in section '
                f'{section!r} contains an interpolation key which cannot be substituted in '
                f'{MAX_INTERPOLATION_DEPTH} steps. Raw value: {rawval!r}')
        _fill(self, text, (option, section, rawval), option=option, section=section)


def _warn_filename():
    import warnings
    warnings.warn("The 'filename' attribute will be removed in Python 3.12. Use 'source' instead.",
                  DeprecationWarning, stacklevel=3)


class ParsingError(Error):
    """Lines that are neither sections, options, comments nor continuations: all of a source's, together."""

    def __init__(self, source=None, filename=None):
        # 'filename' is the deprecated spelling of 'source'; exactly one of them names the input.
        if source is not None and filename is not None:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if source is None and filename is None:
            raise ValueError("Required argument `source' not given.")
        if source is None:
            source = filename
        _fill(self, f'Source contains parsing errors: {source!r}', (source,), source=source, errors=[])

    # 'filename' is the deprecated alias of 'source' (removed in 3.12).
    @property
    def filename(self):
        _warn_filename()
        return self.source

    @filename.setter
    def filename(self, value):
        _warn_filename()
        self.source = value

    def append(self, lineno, line):
        """Records one bad line; the message lists them all."""
        self.errors.append((lineno, line))
        self.message = f'{self.message}\n\t[line {lineno:2d}]: {line}'


class MissingSectionHeaderError(ParsingError):
    """An option comes before any section header."""

    def __init__(self, filename, lineno, line):
        text = f'File contains no section headers.\nfile: {filename!r}, line: {lineno:d}\n{line!r}'
        _fill(self, text, (filename, lineno, line), source=filename, lineno=lineno, line=line)


# ---------------------------------------------------------------- interpolation

# The "no argument given" marker of get()'s fallback and the constructors' keywords.
_UNSET = object()


class Interpolation:
    """No interpolation: values are returned, set, read and written as they are."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Substitution(Interpolation):
    """What Basic and ExtendedInterpolation share: a sigil character that starts either an
    escaped sigil (doubled) or a reference in brackets, expanded recursively."""

    sigil = ''
    _REF = None  # the reference pattern; group 1 is what is inside the brackets

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._expand(parser, option, section, value, defaults, out, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        rest = self._REF.sub('', value.replace(self.sigil * 2, ''))
        if self.sigil in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find(self.sigil)))
        return value

    def _expand(self, parser, option, section, text, defaults, out, depth):
        raw = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        pos = 0
        while pos < len(text):
            at = text.find(self.sigil, pos)
            if at < 0:
                out.append(text[pos:])
                return
            out.append(text[pos:at])
            rest = text[at:]
            follower = rest[1:2]
            if follower == self.sigil:
                out.append(self.sigil)
                pos = at + 2
                continue
            if follower != self._OPEN:
                raise InterpolationSyntaxError(
                    option, section,
                    "'{0}' must be followed by '{0}' or '{1}', found: {2!r}".format(self.sigil, self._OPEN, rest))
            ref = self._REF.match(rest)
            if ref is None:
                raise InterpolationSyntaxError(option, section, "bad interpolation variable reference %r" % rest)
            pos = at + ref.end()
            self._substitute(parser, option, section, ref.group(1), text[pos:], raw, defaults, out, depth)

    def _substitute(self, parser, option, section, key, after, raw, defaults, out, depth):
        raise NotImplementedError


class BasicInterpolation(_Substitution):
    """'%(name)s' is the value of option name of the same section (or DEFAULT); '%%' is '%'."""

    sigil = '%'
    _OPEN = '('
    _REF = re.compile(r"%\(([^)]+)\)s")

    def _substitute(self, parser, option, section, key, after, raw, defaults, out, depth):
        name = parser.optionxform(key)
        try:
            value = defaults[name]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, name) from None
        if self.sigil in value:
            self._expand(parser, option, section, value, defaults, out, depth + 1)
        else:
            out.append(value)


class ExtendedInterpolation(_Substitution):
    """'${name}' is option name of the same section, '${section:name}' of another; '$$' is '$'."""

    sigil = '$'
    _OPEN = '{'
    _REF = re.compile(r"\$\{([^}]+)\}")

    def _substitute(self, parser, option, section, key, after, raw, defaults, out, depth):
        parts = key.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (after,))
        try:
            if len(parts) == 1:
                where, name = section, parser.optionxform(parts[0])
                value = defaults[name]
            else:
                where, name = parts[0], parser.optionxform(parts[1])
                value = parser.get(where, name, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        if self.sigil in value:
            self._expand(parser, name, where, value, dict(parser.items(where, raw=True)), out, depth + 1)
        else:
            out.append(value)


# ---------------------------------------------------------------- the parsers

# An option line: name, delimiter (group 'vi') and value; the _NV form, for
# allow_no_value, lets the delimiter and value be missing.
_OPTION_LINE = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
_OPTION_LINE_NV = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"


def _option_pattern(delimiters, allow_no_value):
    either = '|'.join(re.escape(d) for d in delimiters)
    return (_OPTION_LINE_NV if allow_no_value else _OPTION_LINE).format(delim=either)


class RawConfigParser(collections.abc.MutableMapping):
    """A configuration: sections of options, read from INI-style text, without interpolation."""

    # The templates are documented for subclasses that build their own patterns.
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = _OPTION_LINE
    _OPT_NV_TMPL = _OPTION_LINE_NV
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_option_pattern(('=', ':'), False))
    OPTCRE_NV = re.compile(_option_pattern(('=', ':'), True))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {**dict.fromkeys(('1', 'yes', 'true', 'on'), True),
                      **dict.fromkeys(('0', 'no', 'false', 'off'), False)}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(f'interpolation= must be None or an instance of Interpolation; '
                            f'got an object of type {type(interpolation)}')
        self._interpolation = interpolation
        self.default_section = default_section
        self._dict = dict_type
        self._defaults = dict_type()
        self._sections = dict_type()
        # One proxy per section, made once, so p['s'] is p['s'].
        self._proxies = dict_type()
        self._delimiters = tuple(delimiters)
        self._allow_no_value = allow_no_value
        if self._delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._optcre = re.compile(_option_pattern(self._delimiters, allow_no_value))
        self._comment_prefixes = tuple(comment_prefixes) if comment_prefixes else ()
        self._inline_comment_prefixes = tuple(inline_comment_prefixes) if inline_comment_prefixes else ()
        self._strict = strict
        self._empty_lines_in_values = empty_lines_in_values
        self._converters = ConverterMapping(self)
        self._proxies[default_section] = SectionProxy(self, default_section)
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    @property
    def converters(self):
        return self._converters

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT left out."""
        return list(self._sections)

    def has_section(self, section):
        return section in self._sections

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError(f'Invalid section name: {section!r}')
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def _store(self, section):
        """The dict holding section's own options; an empty name ('' or None) means
        DEFAULT here, as in has_option."""
        if not section or section == self.default_section:
            return self._defaults
        store = self._sections.get(section)
        if store is None:
            raise NoSectionError(section)
        return store

    def options(self, section):
        """The section's option names, then DEFAULT's that it does not have."""
        own = self._sections.get(section)
        if own is None:
            raise NoSectionError(section)
        names = own.copy()
        names.update(self._defaults)
        return list(names)

    def has_option(self, section, option):
        """Whether the section (or DEFAULT, for a missing or empty section name) has the option."""
        key = self.optionxform(option)
        if not section or section == self.default_section:
            return key in self._defaults
        own = self._sections.get(section)
        return own is not None and (key in own or key in self._defaults)

    def optionxform(self, optionstr):
        return optionstr.lower()

    # ---- reading

    def read(self, filenames, encoding=None):
        """Reads each file that can be opened, skipping the others; returns the names read."""
        one = isinstance(filenames, (str, bytes)) or hasattr(filenames, '__fspath__')
        names_read = []
        for name in ([filenames] if one else filenames):
            # A file that cannot be opened or read is skipped, not an error.
            try:
                with open(name, encoding=encoding) as f:
                    self._read(f, name)
            except OSError:
                continue
            names_read.append(os.fspath(name) if hasattr(name, '__fspath__') else name)
        return names_read

    def read_file(self, f, source=None):
        """Reads the lines of an iterable (a file); source names it in errors (default: f.name)."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads {section: {option: value}}; keys and values are converted with str()."""
        # In strict mode a name may come only once per call; sections that already
        # existed before the call are merged into.
        met = set()
        for raw_section, options in dictionary.items():
            section = str(raw_section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in met:
                    raise
            met.add(section)
            for raw_key, value in options.items():
                key = self.optionxform(str(raw_key))
                if self._strict and (section, key) in met:
                    raise DuplicateOptionError(section, key, source)
                met.add((section, key))
                self.set(section, key, None if value is None else str(value))

    def _read(self, lines, source):
        _Reader(self, source).read(lines)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    # ---- getting

    def _lookup_chain(self, section, vars):
        """The options get() sees: vars over the section's over DEFAULT's, as one mapping."""
        own = self._sections.get(section)
        if own is None:
            if section != self.default_section:
                raise NoSectionError(section)
            own = {}
        merged = self._defaults.copy()
        merged.update(own)
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value if value is None else str(value)
        return merged

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The option's value, interpolated unless raw; vars and DEFAULT are looked in too."""
        try:
            chain = self._lookup_chain(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in chain:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = chain[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, chain)

    def _get_converted(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        """get() then conv; fallback stands in only for a missing section or option, never
        for a value conv rejects."""
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_converted(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_converted(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_converted(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                                   fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f'Not a boolean: {value}')
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, (name, SectionProxy) pairs; with one, its (option, value) pairs."""
        if section is _UNSET:
            return super().items()
        own = self._sections.get(section)
        if own is None and section != self.default_section:
            raise NoSectionError(section)
        chain = self._defaults.copy()
        if own:
            chain.update(own)
        # vars may override values but never adds names to the listing.
        names = list(chain)
        if vars:
            for key, value in vars.items():
                chain[self.optionxform(key)] = value
        if raw:
            return [(name, chain[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, chain[name], chain)) for name in names]

    # ---- changing

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._store(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Removes the option; whether it was there."""
        store = self._store(section)
        key = self.optionxform(option)
        if key not in store:
            return False
        del store[key]
        return True

    def remove_section(self, section):
        """Removes the section; whether it was there."""
        if section not in self._sections:
            return False
        del self._sections[section], self._proxies[section]
        return True

    def popitem(self):
        """Removes and returns the first section other than DEFAULT."""
        for name in self._sections:
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # ---- writing

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration in the format read() reads, DEFAULT first."""
        sep = self._delimiters[0]
        if space_around_delimiters:
            sep = f' {sep} '
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), sep)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), sep)

    def _write_section(self, fp, name, items, delimiter):
        before_write = self._interpolation.before_write
        fp.write(f'[{name}]\n')
        for key, value in items:
            value = before_write(self, name, key, value)
            if value is None and self._allow_no_value:
                fp.write(f'{key}\n')
            else:
                # Continuation lines are indented so that reading them back rejoins them.
                text = str(value).replace('\n', '\n\t')
                fp.write(f'{key}{delimiter}{text}\n')
        fp.write('\n')

    # ---- the mapping protocol: section name -> SectionProxy

    def __getitem__(self, key):
        if key == self.default_section or key in self._sections:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # Assigning a section its own proxy must not empty it before reading it back.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections

    def _validate_value_types(self, *, section="", option="", value=""):
        """ConfigParser's checks: names and values must be strings (a value may be None
        when allow_no_value)."""
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError('option values must be strings')


class _Reader:
    """One pass of RawConfigParser._read over the lines of one source.

    A value continues on the following lines indented deeper than its option's line; blank
    lines inside a value are kept (empty_lines_in_values) unless a comment was on them.
    Unparsable lines are collected into one ParsingError raised at the end."""

    def __init__(self, parser, source):
        self.p = parser
        self.source = source
        self.seen = set()       # section names and (section, option) pairs read from this source
        self.section = None     # the options dict being filled
        self.sectname = None
        self.option = None      # the option whose value lines are being collected
        self.indent = 0         # the indentation of the option's line
        self.error = None

    def read(self, lines):
        for lineno, line in enumerate(lines, start=1):
            self.line(lineno, line)
        self.join_values()
        if self.error is not None:
            raise self.error

    def comment_start(self, line):
        """Where the comment of a line starts (0 for a comment line), or None."""
        for prefix in self.p._comment_prefixes:
            if line.strip().startswith(prefix):
                return 0
        # An inline comment prefix counts at the start of the line or after whitespace. The
        # prefixes are searched side by side, one occurrence each per round: the first round
        # in which one counts decides (so '#' may win over an earlier second ';').
        found = {prefix: -1 for prefix in self.p._inline_comment_prefixes}
        while found:
            start = None
            advanced = {}
            for prefix, at in found.items():
                at = line.find(prefix, at + 1)
                if at == -1:
                    continue
                advanced[prefix] = at
                if (at == 0 or line[at - 1].isspace()) and (start is None or at < start):
                    start = at
            if start is not None:
                return start
            found = advanced
        return None

    def line(self, lineno, line):
        p = self.p
        cut = self.comment_start(line)
        value = (line if cut is None else line[:cut]).strip()
        if not value:
            if p._empty_lines_in_values:
                if cut is None and self.section is not None and self.option \
                        and self.section[self.option] is not None:
                    self.section[self.option].append('')
            else:
                self.indent = sys.maxsize
            return
        first = p.NONSPACECRE.search(line)
        indent = first.start() if first else 0
        if self.section is not None and self.option and indent > self.indent:
            self.section[self.option].append(value)
            return
        self.indent = indent
        header = p.SECTCRE.match(value)
        if header:
            self.start_section(header.group('header'), lineno)
        elif self.section is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        else:
            self.start_option(value, lineno, line)

    def start_section(self, name, lineno):
        p = self.p
        if name in p._sections:
            if p._strict and name in self.seen:
                raise DuplicateSectionError(name, self.source, lineno)
            self.section = p._sections[name]
            self.seen.add(name)
        elif name == p.default_section:
            self.section = p._defaults
        else:
            self.section = p._dict()
            p._sections[name] = self.section
            p._proxies[name] = SectionProxy(p, name)
            self.seen.add(name)
        self.sectname = name
        self.option = None

    def start_option(self, text, lineno, line):
        p = self.p
        m = p._optcre.match(text)
        if not m:
            self.bad_line(lineno, line)
            return
        name, value = m.group('option'), m.group('value')
        if not name:
            self.bad_line(lineno, line)
        name = p.optionxform(name.rstrip())
        if p._strict and (self.sectname, name) in self.seen:
            raise DuplicateOptionError(self.sectname, name, self.source, lineno)
        self.seen.add((self.sectname, name))
        self.option = name
        self.section[name] = None if value is None else [value.strip()]

    def bad_line(self, lineno, line):
        if self.error is None:
            self.error = ParsingError(self.source)
        self.error.append(lineno, repr(line))

    def join_values(self):
        """Turns each option's list of lines into its value, and hands it to before_read."""
        p = self.p
        everything = itertools.chain(((p.default_section, p._defaults),), p._sections.items())
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = p._interpolation.before_read(p, section, name, value)


class ConfigParser(RawConfigParser):
    """RawConfigParser with BasicInterpolation and str-only names and values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def add_section(self, section):
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def _read_defaults(self, defaults):
        # The defaults are stored as given: no interpolation syntax check while they are read.
        active, self._interpolation = self._interpolation, Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = active


class SafeConfigParser(ConfigParser):
    """ConfigParser under its pre-3.2 name; deprecated, and gone in 3.12."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. "
                      "This alias will be removed in Python 3.12. Use ConfigParser directly instead.",
                      DeprecationWarning, stacklevel=2)


class SectionProxy(collections.abc.MutableMapping):
    """A section seen as a mapping of its options (DEFAULT's included) to their values."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        # Each converter's getter, bound to this section (getint, getboolean, ... and added ones).
        for suffix in parser.converters:
            self._add_getter(suffix, getattr(parser, 'get' + suffix))

    def _add_getter(self, suffix, parser_getter):
        setattr(self, 'get' + suffix, functools.partial(self.get, _impl=parser_getter))

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return f'<Section: {self._name}>'

    def _names(self):
        parser = self._parser
        if self._name == parser.default_section:
            return parser.defaults()
        return parser.options(self._name)

    def __iter__(self):
        return iter(self._names())

    def __len__(self):
        return len(self._names())

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        # Type-checked even on a RawConfigParser: a mapping holds strings.
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        # An option only inherited from DEFAULT is in the section but cannot be removed from it.
        parser = self._parser
        if not parser.has_option(self._name, key) or not parser.remove_option(self._name, key):
            raise KeyError(key)

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or fallback when it has none (interpolated unless raw)."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(collections.abc.MutableMapping):
    """The parser's converters by name: converters['x'] = f adds getx() to the parser and
    to its sections. int, float and boolean are there from the start."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        # The parser's own get<name> methods are converters too; None marks them built in.
        self._data = {}
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found['name']] = None

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError(f'Incompatible key: {key} (type: {type(key)})')
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_converted, conv=value)
        getter.converter = value
        setattr(self._parser, 'get' + key, getter)
        for proxy in self._parser.values():
            proxy._add_getter(key, getter)

    def __delitem__(self, key):
        if not key or not isinstance(key, str):
            raise KeyError(key)
        del self._data[key]
        attr = 'get' + key
        for holder in (self._parser, *self._parser.values()):
            # Built-in getters (getint, ...) are class methods: nothing on the instance to remove.
            if attr in vars(holder):
                delattr(holder, attr)
