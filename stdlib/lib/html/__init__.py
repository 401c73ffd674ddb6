"""html for tpy: escape and unescape (HTML5's character reference rules, its full table)."""

import re as _re
from html import entities as _entities

__all__ = ['escape', 'unescape']

_named_refs = _entities.html5

# '&' goes first, so the references written by the later steps are not escaped again.
_MARKUP = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_QUOTES = (('"', '&quot;'), ("'", '&#x27;'))


def escape(s, quote=True):
    """s with &, < and > (and with quote, " and ') replaced by character references."""
    for char, ref in _MARKUP:
        s = s.replace(char, ref)
    if quote:
        for char, ref in _QUOTES:
            s = s.replace(char, ref)
    return s


# HTML5 reads the C1 range of numeric references as windows-1252 (its five holes stay
# themselves), and NUL and CR specially.
_WINDOWS_1252_C1 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                    '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_remapped = dict(zip(range(0x80, 0xa0), _WINDOWS_1252_C1))
_remapped[0x00] = '\ufffd'
_remapped[0x0d] = '\r'


def _is_dropped(code):
    """Control characters and noncharacters: HTML5 drops a reference to one of them."""
    if code < 0xa0:
        return 0x01 <= code <= 0x08 or code == 0x0b or 0x0e <= code <= 0x1f or code >= 0x7f
    return 0xfdd0 <= code <= 0xfdef or (code & 0xfffe) == 0xfffe


def _from_codepoint(code):
    text = _remapped.get(code)
    if text is not None:
        return text
    if code > 0x10ffff or 0xd800 <= code <= 0xdfff:
        return '\ufffd'
    return '' if _is_dropped(code) else chr(code)


def _from_name(name):
    text = _named_refs.get(name)
    if text is not None:
        return text
    # Legacy names are references even without ';' and followed by more letters ('&ampx'):
    # the longest such name at the start wins, the rest stays text.
    end = len(name) - 1
    while end > 1:
        text = _named_refs.get(name[:end])
        if text is not None:
            return text + name[end:]
        end -= 1
    return '&' + name


def _expand(match):
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return _from_name(name)
    if decimal is not None:
        return _from_codepoint(int(decimal))
    return _from_codepoint(int(hexadecimal, 16))


# A reference: decimal, hexadecimal (';' optional for both) or a name of at most 32 characters.
_reference = _re.compile(r'&(?:#(?:([0-9]+)|[xX]([0-9a-fA-F]+));?|([^\t\n\f <&#;]{1,32};?))')


def unescape(s):
    """s with every named and numeric character reference replaced by its characters, as HTML5 reads them."""
    if '&' not in s:
        return s
    return _reference.sub(_expand, s)
