# The character classes of XML 1.0 (names, white space, forbidden characters) as
# compiled patterns, shared by the scanner and the DTD reader.

import re

_START = (':A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF'
          '\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF'
          '\uFDF0-\uFFFD\U00010000-\U000EFFFF')
_MORE = _START + '\\-.0-9\xB7\u0300-\u036F\u203F-\u2040'
NAME_RE = '[' + _START + '][' + _MORE + ']*'

NAME = re.compile(NAME_RE)
# a run of name characters, for the prolog's "what is this word" rule
NAME_CHARS = re.compile('[' + _MORE + ']+')
SPACE = re.compile('[ \t\n]*')
SPACE_CHARS = ' \t\n'

# characters XML 1.0 forbids anywhere (after line ends are normalized, \r is gone)
_BAD = '\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff'
BAD_CHAR = re.compile('[' + _BAD + ']')
# character data up to the next markup, reference, ']' (for "]]>") or forbidden character
TEXT = re.compile('[^<&\\]' + _BAD + ']+')

START_TAG = re.compile(
    '<(' + NAME_RE + ')((?:[ \t\n]+' + NAME_RE + '[ \t\n]*=[ \t\n]*(?:"[^<"]*"|\'[^<\']*\'))*)'
    '[ \t\n]*(/?)>')
ATTRIBUTE = re.compile(
    '[ \t\n]+(' + NAME_RE + ')[ \t\n]*=[ \t\n]*(?:"([^<"]*)"|\'([^<\']*)\')')
END_TAG = re.compile('</(' + NAME_RE + ')[ \t\n]*>')
REFERENCE = re.compile('&(?:(' + NAME_RE + ')|#([0-9]+)|#x([0-9a-fA-F]+));')
VALUE_SPACE = re.compile('[\t\n]')


def is_xml_char(code):
    "Whether a character reference names a character XML allows."
    if code < 0x20:
        return code in (0x9, 0xA, 0xD)
    return code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF
