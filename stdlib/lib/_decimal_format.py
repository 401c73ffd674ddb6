"""format() for decimal.Decimal: the format spec mini-language as 3.11 applies it.

decimal.py rounds the number as the spec's type and precision ask, then hands
this module the sign, the digit string and the exponent to lay out.
"""

_ALIGNS = '<>=^'


def parse_spec(spec):
    """Split a format spec into its fields (a dict), or raise ValueError."""
    fields = {'fill': ' ', 'align': None, 'sign': '-', 'no_neg_0': False,
              'zeropad': False, 'width': 0, 'thousands': '',
              'precision': None, 'type': None}
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in _ALIGNS:
        fields['fill'] = spec[0]
        fields['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in _ALIGNS:
        fields['align'] = spec[0]
        i = 1
    signed = i < n and spec[i] in '+- '
    if signed:
        fields['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        fields['no_neg_0'] = True
        i += 1
        # CPython takes the 'z' out of the spec before libmpdec parses the rest, so
        # the sign may also come after it ('z+7').
        if not signed and i < n and spec[i] in '+- ':
            fields['sign'] = spec[i]
            i += 1
    if i < n and spec[i] == '0':
        # libmpdec: zero padding implies '=' alignment, so it may not follow an
        # explicit alignment.
        if fields['align'] is not None:
            raise ValueError('Invalid format specifier')
        fields['zeropad'] = True
        i += 1
    # ... and a width may not start with a zero ('007', '+00').
    if i < n and spec[i] == '0':
        raise ValueError('Invalid format specifier')
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        fields['width'] = int(spec[start:i])
    # libmpdec knows neither '#' nor the '_' separator.
    if i < n and spec[i] == ',':
        fields['thousands'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        start = i + 1
        i = start
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('Invalid format specifier')
        fields['precision'] = int(spec[start:i])
    if i < n:
        if i == n - 1 and spec[i] in 'eEfFgGn%':
            fields['type'] = spec[i]
        else:
            raise ValueError('Invalid format specifier')
    fields['zero_fill'] = fields['zeropad'] and fields['align'] is None
    if fields['zero_fill']:
        fields['fill'] = '0'
        fields['align'] = '='
    if fields['type'] == 'n' and fields['thousands']:
        raise ValueError('Invalid format specifier')
    if fields['align'] is None:
        fields['align'] = '>'
    return fields


def _group(digits, sep, min_width):
    """Insert sep every three digits from the right, zero-padding to min_width."""
    while True:
        if sep:
            head = len(digits) % 3 or 3
            parts = [digits[:head]]
            for i in range(head, len(digits), 3):
                parts.append(digits[i:i + 3])
            text = sep.join(parts)
        else:
            text = digits
        if len(text) >= min_width:
            return text
        digits = '0' + digits


def layout(fields, sign, body_int, body_rest):
    """Pad and align one formatted number.

    sign is '' or '-' already chosen by the caller; body_int holds the integer
    digits (grouped here) and body_rest everything after them ('.5e+3', '%').
    A non-numeric body (Infinity, NaN) comes as body_int=None, body_rest=text.
    """
    if sign != '-':
        sign = '' if fields['sign'] == '-' else fields['sign']
    width = fields['width']
    fill = fields['fill']
    align = fields['align']
    if body_int is None:
        body = body_rest
        if fields['zero_fill']:
            # Infinity and NaN are not zero-padded: '0' only right-aligns them.
            fill, align = ' ', '>'
    elif fields['zero_fill']:
        min_width = width - len(sign) - len(body_rest)
        body = _group(body_int, fields['thousands'], max(min_width, 1)) + body_rest
    else:
        body = _group(body_int, fields['thousands'], 1) + body_rest
    text_len = len(sign) + len(body)
    pad = width - text_len
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    half = pad // 2
    return fill * half + sign + body + fill * (pad - half)

# CPython's _decimal is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
