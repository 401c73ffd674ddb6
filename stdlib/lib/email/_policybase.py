"""Policies: the settings that decide how messages are parsed and written.

Policy is the abstract base; Compat32 keeps the email package's original
behaviour (headers are plain strings, folded by email.header.Header).
"""

import abc

from email import header
from email import charset as _charset
from email.utils import _has_surrogates

__all__ = ['Policy', 'Compat32', 'compat32']


class _PolicyBase:
    """Immutable settings: class attributes are the defaults, an instance's
    __dict__ holds what differs; A + B is A with B's differences applied."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))
            object.__setattr__(self, name, value)

    def __repr__(self):
        settings = ', '.join('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        return '{}({})'.format(self.__class__.__name__, settings)

    def clone(self, **kw):
        """A copy of this policy with the given settings changed."""
        copy = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(copy, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            template = "{!r} object attribute {!r} is read-only"
        else:
            template = "{!r} object has no attribute {!r}"
        raise AttributeError(template.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


def _extend_docstrings(cls):
    """Docstrings starting with '+' continue the inherited one (kept for subclasses)."""
    def joined(base_doc, doc):
        return base_doc.rsplit('\n', 1)[0] + '\n' + doc.split('\n', 1)[1]
    if cls.__doc__ and cls.__doc__.startswith('+'):
        cls.__doc__ = joined(cls.__bases__[0].__doc__, cls.__doc__)
    for name, attr in cls.__dict__.items():
        if getattr(attr, '__doc__', None) and attr.__doc__.startswith('+'):
            for c in (c for base in cls.__bases__ for c in base.mro()):
                doc = getattr(getattr(c, name, None), '__doc__', None)
                if doc:
                    attr.__doc__ = joined(doc, attr.__doc__)
                    break
    return cls


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    """How input is interpreted and output rendered.

    raise_on_defect  -- raise defects found while parsing instead of recording them
    linesep          -- the line ending written ('\\n')
    cte_type         -- '8bit' or '7bit' (non-ASCII must be transfer-encoded)
    max_line_length  -- header lines are folded to this length (None or 0: never)
    mangle_from_     -- write '>From ' for body lines starting 'From '
    message_factory  -- the class of new message objects (None: Message)
    verify_generated_headers -- (accepted for compatibility)
    """

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def handle_defect(self, obj, defect):
        """Raise the defect if raise_on_defect, else record it on obj."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers of this name a message may have (None: any number)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        raise NotImplementedError

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def fold(self, name, value):
        raise NotImplementedError

    @abc.abstractmethod
    def fold_binary(self, name, value):
        raise NotImplementedError


def _split_source_header(sourcelines):
    """(name, value) of a header's source lines: the value's first line without
    its leading blanks, continuation lines kept, the last line ending dropped."""
    name, value = sourcelines[0].split(':', 1)
    value = value.lstrip(' \t') + ''.join(sourcelines[1:])
    return name, value.rstrip('\r\n')


class Compat32(Policy):
    """The email package's original behaviour: header values are the strings
    given, folded by email.header.Header when written."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if isinstance(value, str) and _has_surrogates(value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        return _split_source_header(sourcelines)

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, sanitize=self.cte_type == '7bit')
        return folded.encode('ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        out = '%s: ' % name
        if not isinstance(value, str):
            h = value
        elif not _has_surrogates(value):
            h = header.Header(value, header_name=name)
        elif sanitize:
            h = header.Header(value, charset=_charset.UNKNOWN8BIT, header_name=name)
        else:
            out += value
            h = None
        if h is not None:
            out += h.encode(linesep=self.linesep, maxlinelen=self.max_line_length or 0)
        return out + self.linesep


compat32 = Compat32()
