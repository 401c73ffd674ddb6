"""Integer kernels for decimal's transcendental functions (exp, ln, powers).

Everything here works on plain ints: a fixed-point value v at scale W stands
for v / 10**W, and a floating value (m, k) stands for m * 10**k. Each kernel
also returns a bound on its error in units of the last place, so that the
caller can tell whether its approximation already decides the correctly
rounded result (Ziv's strategy: when it does not, try again with more digits).
"""

import math

_ln10_cache = [0, 0]   # [scale, value]: the most precise ln(10) computed so far


# int <-> str conversions refuse more than 4300 digits (sys.set_int_max_str_digits);
# decimal's coefficients may be longer, so long ones are converted in pieces.
_CHUNK = 2000


def ndigits(n):
    """Number of decimal digits of the int n >= 0 (1 for 0)."""
    if n < 10:
        return 1
    bits = n.bit_length()
    if bits < 13000:
        return len(str(n))
    # n lies in [2**(bits-1), 2**bits): its digit count is one of two values.
    d = int((bits - 1) * 0.30102999566398120) + 1
    while n >= 10 ** d:
        d += 1
    while d > 1 and n < 10 ** (d - 1):
        d -= 1
    return d


def int_to_str(n):
    """str(n) for an int n >= 0 of any length."""
    if n.bit_length() < 13000:
        return str(n)
    half = ndigits(n) // 2
    high, low = divmod(n, 10 ** half)
    return int_to_str(high) + int_to_str(low).rjust(half, '0')


def str_to_int(text):
    """int(text) for a string of ASCII digits of any length."""
    if len(text) <= _CHUNK:
        return int(text)
    half = len(text) // 2
    return str_to_int(text[:-half]) * 10 ** half + str_to_int(text[-half:])


def _ln_fixed_mantissa(M, W):
    """ln(M / 10**W) at scale W for 0.5 <= M / 10**W <= 11, error <= 2 units."""
    G = W + 8   # guard digits pay for the square roots taken below
    S = 10 ** G
    X = M * 10 ** (G - W)
    # Halve the logarithm until the argument is within 2**-12 of 1, so that the
    # atanh series below gains about seven digits per term.
    roots = 0
    near = S >> 12
    while abs(X - S) > near:
        X = math.isqrt(X * S)
        roots += 1
    # ln(x) = 2 atanh((x - 1) / (x + 1))
    z = (X - S) * S // (X + S)
    z2 = z * z // S
    total = z
    power = z
    i = 3
    while True:
        power = power * z2 // S
        term = power // i
        if term == 0:
            break
        total += term
        i += 2
    total = (total * 2) << roots
    return total // 10 ** (G - W)


def ln10_fixed(W):
    """ln(10) at scale W (error <= 2 units), remembered for the next caller."""
    scale, value = _ln10_cache
    if scale >= W:
        return value // 10 ** (scale - W)
    value = _ln_fixed_mantissa(10 * 10 ** (W + 5), W + 5)
    _ln10_cache[0] = W + 5
    _ln10_cache[1] = value
    return value // 10 ** 5


def ln_fixed(c, e, W):
    """ln(c * 10**e) at scale W for c > 0; error <= 4 units."""
    nd = ndigits(c)
    adj = e + nd - 1
    shift = W - nd + 1
    if shift >= 0:
        M = c * 10 ** shift
    else:
        M = c // 10 ** -shift
    result = _ln_fixed_mantissa(M, W)
    if adj:
        extra = ndigits(abs(adj)) + 2
        result += adj * ln10_fixed(W + extra) // 10 ** extra
    return result


def exp_float(T, W, p):
    """e**(T / 10**W) as (m, k, err): about p + 10 digits in m, error <= err units.

    The argument's own error (if any) is the caller's to add: an absolute error
    d in the argument is a relative error of about d in the result.
    """
    G = p + 12
    # Pull out a power of ten: T/10**W = n*ln(10) + r with |r| <= ln(10)/2 + tiny.
    extra = ndigits(abs(T) // 10 ** W + 1) + 3
    L = ln10_fixed(W + extra)
    T_ext = T * 10 ** extra
    n = (2 * T_ext + L) // (2 * L)
    r = T_ext - n * L          # at scale W + extra
    shift = W + extra - G
    if shift >= 0:
        R = r // 10 ** shift
    else:
        R = r * 10 ** -shift
    S = 10 ** G
    # e**r = (e**(r / 2**8))**(2**8); the Taylor series converges fast for the small argument.
    R = R >> 8
    total = S
    term = S
    i = 1
    while True:
        term = term * R // (i * S)
        if term == 0:
            break
        total += term
        i += 1
    for _ in range(8):
        total = total * total // S
    # Truncations: one per term and per squaring, each doubled by later squarings.
    err = (i + 12) << 9
    return total, n - G, err


def round_half_even_check(m, err, p):
    """The p-digit half-even rounding of every value in [m - err, m + err], or None.

    Returns (coefficient, dropped) when all values round alike, with dropped the
    number of low digits removed, else None (more precision is needed).
    """
    lo = _round_half_even_digits(m - err, p)
    hi = _round_half_even_digits(m + err, p)
    if lo is None or hi is None or lo != hi:
        return None
    return lo


def _round_half_even_digits(m, p):
    if m <= 0:
        return None
    nd = ndigits(m)
    drop = nd - p
    if drop <= 0:
        return None
    unit = 10 ** drop
    q, r = divmod(m, unit)
    twice = 2 * r
    if twice > unit or (twice == unit and q % 2 == 1):
        q += 1
        if q == 10 ** p:
            q //= 10
            drop += 1
    return q, drop

# CPython's _decimal is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
