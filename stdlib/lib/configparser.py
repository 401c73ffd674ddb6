"""Configuration file parser: INI-style files of [sections] holding name = value options.

RawConfigParser reads, queries, changes and writes them; ConfigParser adds value
interpolation (BasicInterpolation's %(name)s by default, or ExtendedInterpolation's
${section:name}) and type checks on what is set. Both are mutable mappings of section
name to SectionProxy, the DEFAULT section first; DEFAULT's options show in every section.
Not here: LegacyInterpolation and SafeConfigParser (both deprecated in 3.11).
"""

from collections.abc import MutableMapping
import functools
import io
import itertools
import os
import re
import sys

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

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


def _where(source, lineno):
    """'While reading from 'f' [line  3]: ' for the errors a file's contents cause."""
    text = "While reading from " + repr(source)
    if lineno:
        text += " [line {0:2d}]".format(lineno)
    return text + ": "


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section is added twice (or read twice from one source in strict mode)."""

    def __init__(self, section, source=None, lineno=None):
        what = repr(section) + " already exists"
        if source is None:
            msg = "Section " + what
        else:
            msg = _where(source, lineno) + "section " + what
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option appears twice in one section of one source, in strict mode."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            msg = "Option " + what
        else:
            msg = _where(source, lineno) + "option " + what
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option is not in the section (nor in DEFAULT)."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for the errors of value interpolation."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's interpolation syntax is malformed."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (a reference loop, usually)."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option {!r} "
               "in section {!r} contains an interpolation key which "
               "cannot be substituted in {} steps. Raw value: {!r}"
               "".format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines that are neither sections, options, comments nor continuations: all of a source's, together."""

    def __init__(self, source=None, filename=None):
        if source is None:
            source = filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        return self.source

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option comes before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(
            self,
            'File contains no section headers.\nfile: %r, line: %d\n%r' % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


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

class RawConfigParser(MutableMapping):
    """A configuration: sections of options, read from INI-style text, without interpolation."""

    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters == ('=', ':'):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            delim = "|".join(re.escape(d) for d in delimiters)
            self._optcre = re.compile((self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL).format(delim=delim))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = interpolation
        if self._interpolation is _UNSET:
            self._interpolation = self._DEFAULT_INTERPOLATION
        if self._interpolation is None:
            self._interpolation = Interpolation()
        if not isinstance(self._interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation;"
                            " got an object of type {}".format(type(self._interpolation)))
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT left out."""
        return list(self._sections.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The section's option names, then DEFAULT's that it does not have."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names.keys())

    # ---- reading

    def read(self, filenames, encoding=None):
        """Reads each file that can be opened, skipping the others; returns the names read."""
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, '__fspath__'):
            filenames = [filenames]
        done = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as f:
                    self._read(f, filename)
            except OSError:
                continue
            if hasattr(filename, '__fspath__'):
                filename = os.fspath(filename)
            done.append(filename)
        return done

    def read_file(self, f, source=None):
        """Reads the lines of an iterable (a file); source names it in errors (default: f.name)."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads {section: {option: value}}; keys and values are converted with str()."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    # ---- getting

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The option's value, interpolated unless raw; vars and DEFAULT are looked in too."""
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, (name, SectionProxy) pairs; with one, its (option, value) pairs."""
        if section is _UNSET:
            return super().items()
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(name, d[name]) for name in names]
        return [(name, self._interpolation.before_get(self, section, name, d[name], d)) for name in names]

    def popitem(self):
        """Removes and returns the first section other than DEFAULT."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the section (or DEFAULT, for a missing or empty section name) has the option."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # ---- changing

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        if not section or section == self.default_section:
            options = self._defaults
        else:
            try:
                options = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        options[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration in the format read() reads, DEFAULT first."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " {} ".format(delimiter)
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), delimiter)

    def _write_section(self, fp, name, items, delimiter):
        fp.write("[{}]\n".format(name))
        for key, value in items:
            value = self._interpolation.before_write(self, name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("{}{}\n".format(key, value))
        fp.write("\n")

    def remove_option(self, section, option):
        """Removes the option; whether it was there."""
        if not section or section == self.default_section:
            options = self._defaults
        else:
            try:
                options = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        """Removes the section; whether it was there."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # ---- the mapping protocol: section name -> SectionProxy

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

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
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    # ---- parsing

    def _read(self, lines, source):
        _Reader(self, source).read(lines)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _unify_values(self, section, vars):
        """The options get() sees: vars over the section's over DEFAULT's, as one mapping."""
        try:
            options = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            options = {}
        extra = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                extra[self.optionxform(key)] = value
        merged = dict(self._defaults)
        merged.update(options)
        merged.update(extra)
        return merged

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section="", option="", value=""):
        """ConfigParser's checks: names and values must be strings (a value may be None
        when allow_no_value)."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


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

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # The defaults are stored as given: no interpolation syntax check while they are read.
        kept = self._interpolation
        try:
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SectionProxy(MutableMapping):
    """A section seen as a mapping of its options (DEFAULT's included) to their values."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            setattr(self, 'get' + conv, functools.partial(self.get, _impl=getattr(parser, 'get' + conv)))

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return self._parser.defaults()

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or fallback when it has none (interpolated unless raw)."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters by name: converters['x'] = f adds getx() to the parser and
    to its sections. int, float and boolean are there from the start."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for getter in dir(self._parser):
            m = self.GETTERCRE.match(getter)
            if not m or not callable(getattr(self._parser, getter)):
                continue
            self._data[m.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if k == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        func = functools.partial(self._parser._get_conv, conv=value)
        func.converter = value
        setattr(self._parser, k, func)
        for proxy in self._parser.values():
            getter = functools.partial(proxy.get, _impl=func)
            setattr(proxy, k, getter)

    def __delitem__(self, key):
        try:
            k = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for inst in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(inst, k)
            except AttributeError:
                # Nothing to remove where the getter is a method of the class (getint...).
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
