"""encodings: the codec modules, found by name (search_function), and the name normalisation.

tpy's codecs are native (the _codecs module): each encodings.<name> module here is a thin
view of one of them (encode, decode, getregentry; Codec, and decoding_table for the
single-byte code pages). There is no codec registry to add search functions to, and no
incremental or stream classes (see docs/differences.md).
"""

import codecs
from . import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: runs of characters other than letters, digits and '.' become
    one '_' (none at the start), non-ASCII letters and digits are dropped. Case is kept."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    gap = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if gap and out:
                out.append('_')
            if c.isascii():
                out.append(c)
            gap = False
        else:
            gap = True
    return ''.join(out)


def _import_codec_module(names):
    for name in names:
        if not name or '.' in name:
            continue
        try:
            return __import__('encodings.' + name, fromlist=_import_tail, level=0)
        except ImportError:
            pass
    return None


def search_function(encoding):
    """The CodecInfo of encoding's module (its alias's first), or None; answers are cached by name."""
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding)
    aliased = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    mod = _import_codec_module([aliased, norm] if aliased is not None else [norm])
    getregentry = getattr(mod, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register' % (mod.__name__, mod.__file__))
        if not callable(entry[0]) or not callable(entry[1]) or \
                (entry[2] is not None and not callable(entry[2])) or \
                (entry[3] is not None and not callable(entry[3])) or \
                (len(entry) > 4 and entry[4] is not None and not callable(entry[4])) or \
                (len(entry) > 5 and entry[5] is not None and not callable(entry[5])):
            raise CodecRegistryError('incompatible codecs in module "%s" (%s)' % (mod.__name__, mod.__file__))
        if len(entry) < 7 or entry[6] is None:
            entry += (None,) * (6 - len(entry)) + (mod.__name__.split(".", 1)[1],)
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    for alias in getattr(mod, 'getaliases', lambda: ())():
        _aliases.setdefault(alias, mod.__name__.split(".", 1)[1])
    return entry
