"""The 'idna' codec: internationalized domain names (RFC 3490) with nameprep
(RFC 3491) on stringprep, each label written as 'xn--' + punycode when it is
not ASCII. tpy's str.encode('idna') and bytes.decode('idna') run Codec here."""

import codecs
import re
import stringprep
from unicodedata import ucd_3_2_0 as unicodedata

# the label separators RFC 3490 3.1 lists: full stop, ideographic full stop,
# fullwidth full stop, halfwidth ideographic full stop
dots = re.compile("[\u002E\u3002\uFF0E\uFF61]")

ace_prefix = b"xn--"
sace_prefix = "xn--"


def _prohibited(c):
    return any(test(c) for test in (
        stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3,
        stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6,
        stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9))


def nameprep(label):
    """RFC 3491: map (B.1 dropped, B.2 case folded), NFKC, refuse the
    prohibited characters, check the bidi rules."""
    mapped = "".join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    label = unicodedata.normalize("NFKC", mapped)
    for c in label:
        if _prohibited(c):
            raise UnicodeError("Invalid character %r" % c)
    rtl = [stringprep.in_table_d1(c) for c in label]
    if any(rtl):
        # a label with right-to-left characters has no left-to-right ones and
        # starts and ends with a right-to-left one
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not (rtl[0] and rtl[-1]):
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _checked_length(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def _ascii_or_none(label):
    try:
        return label.encode("ascii")
    except UnicodeError:
        return None


def ToASCII(label):
    """One label as ASCII bytes: as it is if ASCII, else nameprep'ed and, if
    still not ASCII, 'xn--' + punycode."""
    plain = _ascii_or_none(label)
    if plain is not None:
        return _checked_length(plain)
    label = nameprep(label)
    plain = _ascii_or_none(label)
    if plain is not None:
        return _checked_length(plain)
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked_length(ace_prefix + label.encode("punycode"))


def ToUnicode(label):
    """One label as text: an 'xn--' label decoded, and checked to encode back."""
    if not isinstance(label, bytes):
        plain = _ascii_or_none(label)
        if plain is None:
            plain = _ascii_or_none(nameprep(label))
            if plain is None:
                raise UnicodeError("Invalid character in IDN label")
        label = plain
    if not label.startswith(ace_prefix):
        return str(label, "ascii")
    result = label[len(ace_prefix):].decode("punycode")
    back = ToASCII(result)
    if str(label, "ascii").lower() != str(back, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, back)
    return result


def _split_trailing_dot(labels, dot):
    """(labels, dot) without the empty label a final dot leaves, or (labels, empty)."""
    if labels and not labels[-1]:
        return labels[:-1], dot
    return labels, dot[:0]


class Codec(codecs.Codec if hasattr(codecs, 'Codec') else object):

    def encode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b'', 0
        whole = _ascii_or_none(input)
        if whole is not None:
            # ASCII names are only checked: each label but the last non-empty and short
            labels = whole.split(b'.')
            for label in labels[:-1]:
                if not (0 < len(label) < 64):
                    raise UnicodeError("label empty or too long")
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return whole, len(input)
        labels, trailing = _split_trailing_dot(dots.split(input), b'.')
        return b'.'.join(ToASCII(label) for label in labels) + trailing, len(input)

    def decode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input:
            try:
                return input.decode('ascii'), len(input)
            except UnicodeDecodeError:
                pass
        labels, trailing = _split_trailing_dot(input.split(b"."), '.')
        return ".".join(ToUnicode(label) for label in labels) + trailing, len(input)


def encode(input, errors='strict'):
    return Codec().encode(input, errors)


def decode(input, errors='strict'):
    return Codec().decode(input, errors)


def getregentry():
    return codecs.lookup('idna')
