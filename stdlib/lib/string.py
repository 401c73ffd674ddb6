"""string for tpy: the character-class constants, capwords, Template ($-substitution)
and Formatter (str.format with overridable steps)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
           'Formatter', 'Template']

import _string
import re as _re

# substitute()'s "no mapping given" (None is a mapping argument like any other).
_NO_MAPPING = object()

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word of s (words split on sep, or runs of whitespace)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string with $name / ${name} placeholders ($$ is a literal $).

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern` and `flags`, or give
    a whole `pattern` with the groups escaped, named, braced and invalid."""

    delimiter = '$'
    # ASCII identifiers even under IGNORECASE (which would also let 'K' match the Kelvin sign).
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            brace = cls.braceidpattern or ident
            pattern = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                       f'{{(?P<braced>{brace})}}|(?P<invalid>))')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _merge(mapping, kws)

        def replace(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _merge(mapping, kws)

        def replace(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


# Template's own pattern (its subclasses get theirs from __init_subclass__).
Template.__init_subclass__.__func__(Template)


def _merge(mapping, kws):
    if mapping is _NO_MAPPING:
        return kws
    if kws:
        return _Chain(kws, mapping)
    return mapping


class _Chain:
    """Keyword arguments first, then the mapping (what substitute(mapping, **kws) looks in)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Formatter:
    """str.format's machinery with each step a method a subclass may override: parse,
    get_field, get_value, check_unused_args, format_field and convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        numbering = _Numbering()
        result = self._render(format_string, args, kwargs, used_args, 2, numbering)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        """vformat's step under CPython's name, for subclasses that call it: the text and the
        next automatic field number (False once the fields are numbered by hand)."""
        numbering = _Numbering()
        if auto_arg_index is False:
            numbering.manual = True
        else:
            numbering.next = auto_arg_index
        result = self._render(format_string, args, kwargs, used_args, recursion_depth, numbering)
        return result, (False if numbering.manual else numbering.next)

    def _render(self, format_string, args, kwargs, used_args, depth, numbering):
        # A format spec is rendered too (its nested fields), one level less deep.
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            field_name = numbering.resolve(field_name)
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec = self._render(spec, args, kwargs, used_args, depth - 1, numbering)
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to, and the key of the argument it starts from."""
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


class _Numbering:
    """Automatic ({}) and manual ({0}) field numbering, which one format string may not mix."""

    def __init__(self):
        self.next = 0
        self.manual = False

    def resolve(self, field_name):
        if field_name == '':
            if self.manual:
                raise ValueError('cannot switch from manual field specification to '
                                 'automatic field numbering')
            field_name = str(self.next)
            self.next += 1
        elif field_name.isdigit():
            if self.next:
                # Not str.format's "from automatic ... to manual": string.Formatter's one message.
                raise ValueError('cannot switch from manual field specification to '
                                 'automatic field numbering')
            self.manual = True
        return field_name
