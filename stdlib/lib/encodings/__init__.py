"""encodings: the codec modules, found by name (search_function), and the name normalisation.

tpy's codecs are native (the _codecs module): each encodings.<name> module here is a thin
view of one of them (encode, decode, getregentry; Codec, and decoding_table for the
single-byte code pages). There is no codec registry to add search functions to; the
incremental and stream classes are codecs.getincrementaldecoder's and codecs.getreader's
(see docs/differences.md).
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
    text = encoding.decode('ascii') if isinstance(encoding, bytes) else encoding
    out = []
    gap = False
    for c in text:
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


def _short_name(mod):
    return mod.__name__.split(".", 1)[1]


def _ok_or_none(fn):
    return fn is None or callable(fn)


def _as_codec_info(found, mod):
    """Turn an old-style getregentry() tuple into a CodecInfo, checking its shape first."""
    size = len(found)
    if size < 4 or size > 7:
        raise CodecRegistryError('module "%s" (%s) failed to register' % (mod.__name__, mod.__file__))
    coders_ok = callable(found[0]) and callable(found[1])
    if not coders_ok or not all(_ok_or_none(fn) for fn in found[2:6]):
        raise CodecRegistryError('incompatible codecs in module "%s" (%s)' % (mod.__name__, mod.__file__))
    if size < 7 or found[6] is None:
        # pad to six slots, then name it after the module (a 7-tuple with a None name keeps it)
        found += (None,) * (6 - size) + (_short_name(mod),)
    return codecs.CodecInfo(*found)


def search_function(encoding):
    """The CodecInfo of encoding's module (its alias's first), or None; answers are cached by name."""
    cached = _cache.get(encoding, _unknown)
    if cached is not _unknown:
        return cached
    norm = normalize_encoding(encoding)
    aliased = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    candidates = [norm] if aliased is None else [aliased, norm]
    mod = _import_codec_module(candidates)
    getregentry = getattr(mod, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    info = getregentry()
    if not isinstance(info, codecs.CodecInfo):
        info = _as_codec_info(info, mod)
    _cache[encoding] = info
    for alias in getattr(mod, 'getaliases', tuple)():
        _aliases.setdefault(alias, _short_name(mod))
    return info
