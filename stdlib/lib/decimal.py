"""decimal for tpy: decimal floating point after the General Decimal Arithmetic spec.

Behaves as CPython 3.11's decimal (the C implementation, libmpdec): the same
results, flags, exception classes and messages. A Decimal holds a sign (0 or 1),
an int coefficient and an int exponent; infinities and NaNs mark the exponent
with 'F', 'n' (quiet NaN) or 'N' (signaling NaN), as Decimal.as_tuple() shows.

Each operation collects the conditions it meets as bits of an int (the
_CONDITION_* constants below) and hands them to its context at the end, which
records them as flags and raises the first trapped signal, as libmpdec does.
"""

import math as _math
from collections import namedtuple as _namedtuple
from _decimal_math import ndigits as _ndigits, int_to_str as _int_to_str, str_to_int as _str_to_int
import _decimal_math
import _decimal_format
from _c_type_names import as_c_type as _as_c_type

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Condition bits, in libmpdec's order (which is the order Context's repr lists flags).
_CLAMPED = 1
_CONVERSION_SYNTAX = 2
_DIVISION_BY_ZERO = 4
_DIVISION_IMPOSSIBLE = 8
_DIVISION_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OPERATION = 256
_FLOAT_OPERATION = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384

# The conditions that are flagged (and trapped) as InvalidOperation.
_INVALID_GROUP = (_CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE | _DIVISION_UNDEFINED
                  | _INVALID_CONTEXT | _INVALID_OPERATION)

# signal -> its bit in Context flags/traps (InvalidOperation stands for the group).
_SIGNAL_BITS = {
    InvalidOperation: _INVALID_OPERATION,
    FloatOperation: _FLOAT_OPERATION,
    DivisionByZero: _DIVISION_BY_ZERO,
    Overflow: _OVERFLOW,
    Underflow: _UNDERFLOW,
    Subnormal: _SUBNORMAL,
    Inexact: _INEXACT,
    Rounded: _ROUNDED,
    Clamped: _CLAMPED,
}
_SIGNALS = list(_SIGNAL_BITS)   # the order a trapped exception class is chosen in

# The classes listed in a trapped exception's message, in this order.
_INVALID_CONDITIONS = [
    (_INVALID_OPERATION, InvalidOperation),
    (_CONVERSION_SYNTAX, ConversionSyntax),
    (_DIVISION_IMPOSSIBLE, DivisionImpossible),
    (_DIVISION_UNDEFINED, DivisionUndefined),
    (_INVALID_CONTEXT, InvalidContext),
]

# Context's repr names flags and traps in this order.
_REPR_ORDER = [(_CLAMPED, 'Clamped'), (_INVALID_OPERATION, 'InvalidOperation'),
               (_DIVISION_BY_ZERO, 'DivisionByZero'), (_INEXACT, 'Inexact'),
               (_FLOAT_OPERATION, 'FloatOperation'), (_OVERFLOW, 'Overflow'),
               (_ROUNDED, 'Rounded'), (_SUBNORMAL, 'Subnormal'),
               (_UNDERFLOW, 'Underflow')]


def _signal_bits(status):
    """Fold conditions into the signal bits that Context.flags/traps use."""
    if status & _INVALID_GROUP:
        status = (status & ~_INVALID_GROUP) | _INVALID_OPERATION
    return status


class _SignalDict:
    """Context.flags and Context.traps: a live signal -> bool view of a context's bits."""

    def __init__(self, context, attr):
        self._context = context
        self._attr = attr

    def _bit(self, key):
        return _signal_bit(key)

    def __getitem__(self, key):
        return bool(getattr(self._context, self._attr) & self._bit(key))

    def __setitem__(self, key, value):
        bit = self._bit(key)
        bits = getattr(self._context, self._attr)
        setattr(self._context, self._attr, bits | bit if value else bits & ~bit)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNAL_BITS

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def get(self, key, default=None):
        return self[key] if key in _SIGNAL_BITS else default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        return self.copy() == other

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (s, self[s]) for s in _SIGNALS) + '}'


# ---------------------------------------------------------------------------
# Contexts

_ROUNDING_MESSAGE = ('valid values for rounding are:\n'
                     '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                     '   ROUND_05UP]')


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


class Context:
    """Precision, rounding, exponent limits, and which signals are flagged or trapped."""

    # No instance __dict__, as the C type has none: other attributes are an AttributeError.
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_flag_bits', '_trap_bits')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None, **unknown):
        for key in unknown:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        template = DefaultContext if _default_ready else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flag_bits = 0
        self._trap_bits = _INVALID_OPERATION | _DIVISION_BY_ZERO | _OVERFLOW
        if template is not None:
            self._prec = template._prec
            self._rounding = template._rounding
            self._Emin = template._Emin
            self._Emax = template._Emax
            self._capitals = template._capitals
            self._clamp = template._clamp
            self._trap_bits = template._trap_bits
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flag_bits = _bits_from(flags, True)
        if traps is not None:
            self._trap_bits = _bits_from(traps, True)

    # The attributes, validated as libmpdec validates them.

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not 1 <= _check_int(value) <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not MIN_EMIN <= _check_int(value) <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not 0 <= _check_int(value) <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if _check_int(value) not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, '_flag_bits')

    @flags.setter
    def flags(self, value):
        self._flag_bits = _bits_from(value, False)

    @property
    def traps(self):
        return _SignalDict(self, '_trap_bits')

    @traps.setter
    def traps(self, value):
        self._trap_bits = _bits_from(value, False)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flag_bits = 0

    def clear_traps(self):
        self._trap_bits = 0

    def copy(self):
        new = Context.__new__(Context)
        new._prec = self._prec
        new._rounding = self._rounding
        new._Emin = self._Emin
        new._Emax = self._Emax
        new._capitals = self._capitals
        new._clamp = self._clamp
        new._flag_bits = self._flag_bits
        new._trap_bits = self._trap_bits
        return new

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp,
                                 [s for s in _SIGNALS if self._flag_bits & _SIGNAL_BITS[s]],
                                 [s for s in _SIGNALS if self._trap_bits & _SIGNAL_BITS[s]]))

    def __repr__(self):
        flags = ', '.join(name for bit, name in _REPR_ORDER if self._flag_bits & bit)
        traps = ', '.join(name for bit, name in _REPR_ORDER if self._trap_bits & bit)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self._prec, self._rounding, self._Emin,
                                             self._Emax, self._capitals, self._clamp,
                                             flags, traps))

    def _add_status(self, status):
        """Record an operation's conditions; raise if any of them is trapped."""
        bits = _signal_bits(status)
        self._flag_bits |= bits
        trapped = bits & self._trap_bits
        if not trapped:
            return
        listed = []
        if trapped & _INVALID_OPERATION:
            for bit, cls in _INVALID_CONDITIONS:
                if status & bit:
                    listed.append(cls)
        for cls in _SIGNALS[1:]:
            if trapped & _SIGNAL_BITS[cls]:
                listed.append(cls)
        for cls in _SIGNALS:
            if trapped & _SIGNAL_BITS[cls]:
                raise cls(listed)

    # Constructors.

    def create_decimal(self, num='0'):
        """num as a Decimal rounded to this context (string, int, float, tuple, Decimal)."""
        st = [0]
        d = _construct(num, self, st)
        if d._is_special:
            if d._exp != 'F' and d._int and _ndigits(d._int) > self._prec - self._clamp:
                st[0] |= _CONVERSION_SYNTAX
                d = _nan(0, 0)
        else:
            d = _fix(d._sign, d._int, d._exp, self, st)
        self._add_status(st[0])
        return d

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, Context) else self is other

    __hash__ = object.__hash__


def _signal_bit(key):
    bit = _SIGNAL_BITS.get(key) if isinstance(key, type) else None
    if bit is None:
        raise KeyError('valid values for signals are:\n'
                       '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                       '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                       '   Clamped]')
    return bit


def _bits_from(value, list_allowed):
    """The bits of flags or traps given as a signal dict (a dict with every signal), or, to the
    Context constructor (list_allowed), as a list of the signals that are set."""
    if list_allowed and isinstance(value, list):
        bits = 0
        for key in value:
            bits |= _signal_bit(key)
        return bits
    if isinstance(value, _SignalDict):
        return getattr(value._context, value._attr)
    if not isinstance(value, dict):
        raise TypeError('argument must be a signal dict')
    if len(value) != len(_SIGNAL_BITS):
        raise KeyError('invalid signal dict')
    bits = 0
    for key, on in value.items():
        if key not in _SIGNAL_BITS:
            raise KeyError('invalid signal dict')
        if on:
            bits |= _SIGNAL_BITS[key]
    return bits


_default_ready = False
DefaultContext = Context()
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = [None]


def getcontext():
    """The current context (a copy of DefaultContext until setcontext)."""
    ctx = _current[0]
    if ctx is None:
        ctx = DefaultContext.copy()
        ctx._flag_bits = 0
        _current[0] = ctx
    return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        # The templates themselves are never made current: a copy with clear flags is.
        context = context.copy()
        context._flag_bits = 0
    _current[0] = context


class ContextManager:
    """What localcontext() returns: installs a copy of a context for a with block."""

    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


# The C type's name (decimal.ContextManager), though the module does not export it.
_ContextManager = ContextManager
del ContextManager


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCALCONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key == 'flags':
            ctx._flag_bits = _bits_from(value, True)
        elif key == 'traps':
            ctx._trap_bits = _bits_from(value, True)
        else:
            setattr(ctx, key, value)
    return _ContextManager(ctx)




# ---------------------------------------------------------------------------
# Building Decimals

def _dec(sign, coef, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = special
    return d


def _nan(sign, payload, signaling=False):
    return _dec(sign, payload, 'N' if signaling else 'n', True)


def _inf(sign):
    return _dec(sign, 0, 'F', True)


_DIGITS = '0123456789'


def _all_digits(text):
    return text != '' and text.strip(_DIGITS) == ''


def _ascii_digits(text):
    """text with any non-ASCII decimal digits replaced by ASCII ones (as libmpdec reads them)."""
    out = []
    for ch in text:
        if ch > '\x7f' and ch.isdecimal():
            ch = str(int(ch))
        out.append(ch)
    return ''.join(out)


def _parse(text):
    """The Decimal a numeric string spells, or None when it is malformed."""
    s = text.strip()
    if '_' in s:
        s = s.replace('_', '')   # libmpdec's reader skips underscores wherever they are
    if not s.isascii():
        s = _ascii_digits(s)
    sign = 0
    if s[:1] == '-':
        sign = 1
        s = s[1:]
    elif s[:1] == '+':
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return _inf(sign)
    if low[:3] == 'nan' or low[:4] == 'snan':
        signaling = low[0] == 's'
        payload = low[4:] if signaling else low[3:]
        if payload == '':
            return _nan(sign, 0, signaling)
        if not _all_digits(payload):
            return None
        return _nan(sign, _str_to_int(payload), signaling)
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        tail = low[epos + 1:]
        digits = tail[1:] if tail[:1] in ('+', '-') else tail
        if not _all_digits(digits):
            return None
        exp = int(tail)
        low = low[:epos]
    whole, dot, frac = low.partition('.')
    if whole and not _all_digits(whole) or frac and not _all_digits(frac):
        return None
    if not whole and not frac:
        return None
    return _dec(sign, _str_to_int(whole + frac), exp - len(frac))


def _from_float(f):
    if f != f:
        return _nan(1 if _math.copysign(1.0, f) < 0 else 0, 0)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_FLOAT_INF, -_FLOAT_INF):
        return _inf(sign)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k exactly.
    return _dec(sign, n * 5 ** k, -k)


_FLOAT_INF = float('inf')


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    if exp == 'F':
        return _inf(sign)
    if isinstance(exp, str):
        return _nan(sign, coef, exp == 'N')
    return _dec(sign, coef, exp)


def _construct(value, ctx, st):
    """value as an exact Decimal; conditions met go to st[0]."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _dec(1 if value < 0 else 0, abs(value), 0)
    if isinstance(value, str):
        d = _parse(value)
        if d is None:
            st[0] |= _CONVERSION_SYNTAX
            return _nan(0, 0)
        return d
    if isinstance(value, float):
        st[0] |= _FLOAT_OPERATION
        return _from_float(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(value)
    raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)


def _convert_strict(value):
    """An operand of a Context method or of quantize and friends: Decimal or int."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _dec(1 if value < 0 else 0, abs(value), 0)
    raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)


def _convert_op(value):
    """An operator's other operand: Decimal, int, or NotImplemented."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _dec(1 if value < 0 else 0, abs(value), 0)
    return NotImplemented


def _context_arg(ctx):
    """A method's optional context argument: the current context for None, else a Context."""
    if ctx is None:
        return getcontext()
    if not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    return ctx


def _run(fn, ctx, *args):
    """Apply an operation kernel, then let ctx record (or raise) what it met."""
    ctx = _context_arg(ctx)
    st = [0]
    result = fn(*args, ctx, st)
    if st[0]:
        ctx._add_status(st[0])
    return result


# ---------------------------------------------------------------------------
# Rounding and finishing results

def _round_coef(sign, coef, drop, rounding):
    """coef with its last drop digits rounded away: (new coef, whether inexact)."""
    nd = _ndigits(coef)
    if drop > nd + 1:
        # Only "nonzero and below half a unit" matters then.
        coef = 1 if coef else 0
        drop = 2
    unit = 10 ** drop
    q, r = divmod(coef, unit)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN or rounding == ROUND_HALF_UP or rounding == ROUND_HALF_DOWN:
        twice = 2 * r
        if twice > unit:
            up = True
        elif twice < unit:
            up = False
        elif rounding == ROUND_HALF_UP:
            up = True
        elif rounding == ROUND_HALF_DOWN:
            up = False
        else:
            up = q % 2 == 1
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:   # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _overflow(sign, ctx, rounding, st):
    st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
    if (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and sign == 0)
            or (rounding == ROUND_FLOOR and sign == 1)):
        return _inf(sign)
    return _dec(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _fix(sign, coef, exp, ctx, st, rounding=None):
    """Fit an exact result to ctx: round to precision, then clamp or overflow/underflow."""
    if rounding is None:
        rounding = ctx._rounding
    prec = ctx._prec
    Emax = ctx._Emax
    Emin = ctx._Emin
    etiny = Emin - prec + 1
    if coef == 0:
        top = Emax - prec + 1 if ctx._clamp else Emax
        if exp > top:
            exp = top
            st[0] |= _CLAMPED
        elif exp < etiny:
            exp = etiny
            st[0] |= _CLAMPED
        return _dec(sign, 0, exp)
    nd = _ndigits(coef)
    adj = exp + nd - 1
    if adj > Emax:
        return _overflow(sign, ctx, rounding, st)
    if adj < Emin:
        st[0] |= _SUBNORMAL
        if exp < etiny:
            coef, inexact = _round_coef(sign, coef, etiny - exp, rounding)
            exp = etiny
            st[0] |= _ROUNDED
            if inexact:
                st[0] |= _INEXACT | _UNDERFLOW
            if coef == 0:
                st[0] |= _CLAMPED
        return _dec(sign, coef, exp)
    if ctx._clamp and exp > Emax - prec + 1:
        top = Emax - prec + 1
        st[0] |= _CLAMPED
        return _dec(sign, coef * 10 ** (exp - top), top)
    if nd > prec:
        drop = nd - prec
        coef, inexact = _round_coef(sign, coef, drop, rounding)
        exp += drop
        st[0] |= _ROUNDED
        if inexact:
            st[0] |= _INEXACT
        if coef == 10 ** prec:
            coef //= 10
            exp += 1
        if exp + prec - 1 > Emax:
            return _overflow(sign, ctx, rounding, st)
    return _dec(sign, coef, exp)


def _quiet(d, ctx):
    """d (a NaN) as a quiet NaN whose payload fits the context."""
    payload = d._int
    room = ctx._prec - ctx._clamp
    if payload and _ndigits(payload) > room:
        payload %= 10 ** room
    return _nan(d._sign, payload)


def _nan_operand(a, b, ctx, st):
    """The NaN result when an operand is a NaN (sNaNs first, signalling), else None."""
    a_nan = a._is_special and a._exp != 'F'
    b_nan = b is not None and b._is_special and b._exp != 'F'
    if not (a_nan or b_nan):
        return None
    if a_nan and a._exp == 'N':
        st[0] |= _INVALID_OPERATION
        return _quiet(a, ctx)
    if b_nan and b._exp == 'N':
        st[0] |= _INVALID_OPERATION
        return _quiet(b, ctx)
    return _quiet(a if a_nan else b, ctx)


def _invalid(st):
    st[0] |= _INVALID_OPERATION
    return _nan(0, 0)


def _strip_zeros(coef, exp, limit):
    """Drop trailing zeros of coef while exp stays <= limit."""
    while exp < limit and coef and coef % 10 == 0:
        coef //= 10
        exp += 1
    return coef, exp


# ---------------------------------------------------------------------------
# Arithmetic kernels: fn(operands..., ctx, st) -> Decimal

def _add(a, b, ctx, st, negate_b=False):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    b_sign = b._sign ^ 1 if negate_b else b._sign
    if a._is_special or b._is_special:
        if a._is_special and b._is_special and a._sign != b_sign:
            return _invalid(st)
        return _inf(a._sign if a._is_special else b_sign)
    ea, eb = a._exp, b._exp
    ca, cb = a._int, b._int
    if ca == 0 and cb == 0:
        if ctx._rounding == ROUND_FLOOR:
            sign = a._sign | b_sign
        else:
            sign = a._sign & b_sign
        return _fix(sign, 0, min(ea, eb), ctx, st)
    # An operand lying wholly below the rounding digit of the other only acts as
    # a "sticky" nonzero tail: replace it by one, so huge exponent gaps stay cheap.
    if ea != eb and (ca if ea > eb else cb):
        if ea > eb:
            hi_exp, hi_nd, lo_c, lo_e = ea, _ndigits(ca), cb, eb
        else:
            hi_exp, hi_nd, lo_c, lo_e = eb, _ndigits(cb), ca, ea
        floor_pos = min(hi_exp, hi_exp + hi_nd - 1 - ctx._prec) - 1
        lo_adj = lo_e + _ndigits(lo_c) - 1
        if lo_adj < floor_pos - 1:
            if lo_c:
                lo_c, lo_e = 1, floor_pos - 1
            else:
                lo_e = floor_pos - 1
            if ea > eb:
                cb, eb = lo_c, lo_e
            else:
                ca, ea = lo_c, lo_e
    e = min(ea, eb)
    va = ca * 10 ** (ea - e)
    vb = cb * 10 ** (eb - e)
    if a._sign:
        va = -va
    if b_sign:
        vb = -vb
    v = va + vb
    if v == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
    else:
        sign = 1 if v < 0 else 0
    return _fix(sign, abs(v), e, ctx, st)


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


def _mul(a, b, ctx, st):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        if (not a._is_special and a._int == 0) or (not b._is_special and b._int == 0):
            return _invalid(st)
        return _inf(sign)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._is_special:
        if b._is_special:
            return _invalid(st)
        return _inf(sign)
    if b._is_special:
        st[0] |= _CLAMPED
        return _dec(sign, 0, ctx._Emin - ctx._prec + 1)
    if b._int == 0:
        if a._int == 0:
            st[0] |= _DIVISION_UNDEFINED
            return _nan(0, 0)
        st[0] |= _DIVISION_BY_ZERO
        return _inf(sign)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx, st)
    # A quotient of at least prec + 1 digits, then a sticky last digit when inexact.
    shift = _ndigits(b._int) - _ndigits(a._int) + ctx._prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        q, exp = _strip_zeros(q, exp, ideal)
    return _fix(sign, q, exp, ctx, st)


def _divmod_core(a, b, ctx, st, want):
    """Integer quotient and remainder; want is 'q', 'r' or 'qr'."""
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return (nan, nan) if want == 'qr' else nan
    sign = a._sign ^ b._sign
    if a._is_special:
        if b._is_special or want == 'r':
            n = _invalid(st)
            return (n, n) if want == 'qr' else n
        if want == 'qr':
            return _inf(sign), _invalid(st)
        return _inf(sign)
    if b._is_special:
        if want == 'q':
            return _dec(sign, 0, 0)
        r = _fix(a._sign, a._int, a._exp, ctx, st)
        return (_dec(sign, 0, 0), r) if want == 'qr' else r
    if b._int == 0:
        if a._int == 0:
            st[0] |= _DIVISION_UNDEFINED
            n = _nan(0, 0)
            return (n, n) if want == 'qr' else n
        if want == 'r':
            return _invalid(st)
        st[0] |= _DIVISION_BY_ZERO
        if want == 'q':
            return _inf(sign)
        st[0] |= _INVALID_OPERATION
        return _inf(sign), _nan(0, 0)
    e = min(a._exp, b._exp)
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if a._int == 0 or adj_a < adj_b:
        q = 0
        r = a._int * 10 ** (a._exp - e)
    elif adj_a - adj_b > ctx._prec:
        q = None
    else:
        q, r = divmod(a._int * 10 ** (a._exp - e), b._int * 10 ** (b._exp - e))
        if q >= 10 ** ctx._prec:
            q = None
    if q is None:
        st[0] |= _DIVISION_IMPOSSIBLE
        n = _nan(0, 0)
        return (n, n) if want == 'qr' else n
    if want == 'q':
        return _fix(sign, q, 0, ctx, st)
    rem = _fix(a._sign, r, e, ctx, st)
    if want == 'r':
        return rem
    return _fix(sign, q, 0, ctx, st), rem


def _floordiv(a, b, ctx, st):
    return _divmod_core(a, b, ctx, st, 'q')


def _mod(a, b, ctx, st):
    return _divmod_core(a, b, ctx, st, 'r')


def _divmod(a, b, ctx, st):
    return _divmod_core(a, b, ctx, st, 'qr')


def _plus(a, ctx, st, negate=False):
    nan = _nan_operand(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._is_special:
        return _inf(a._sign ^ 1 if negate else a._sign)
    # plus(x) is 0 + x and minus(x) is 0 - x, zero signs included.
    return _add(_dec(0, 0, a._exp), a, ctx, st, negate)


def _minus(a, ctx, st):
    return _plus(a, ctx, st, True)


def _abs(a, ctx, st):
    return _plus(a, ctx, st, a._sign == 1)


def _fma(a, b, c, ctx, st):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None or (c._is_special and c._exp != 'F'):
        if c._is_special and c._exp == 'N':
            st[0] |= _INVALID_OPERATION
            return _quiet(c, ctx)
        if nan is not None:
            return nan
        return _quiet(c, ctx)
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        if (not a._is_special and a._int == 0) or (not b._is_special and b._int == 0):
            return _invalid(st)
        product = _inf(sign)
    else:
        product = _dec(sign, a._int * b._int, a._exp + b._exp)
    return _add(product, c, ctx, st)


def _cmp(a, b):
    """-1, 0 or 1 as a <, ==, > b, for non-NaN operands."""
    if a._is_special or b._is_special:
        ka = (-1 if a._sign else 1) if a._is_special else 0
        kb = (-1 if b._sign else 1) if b._is_special else 0
        if ka == kb:
            return 0
        return 1 if ka > kb else -1
    if a._int == 0 or b._int == 0:
        if a._int == 0 and b._int == 0:
            return 0
        if a._int == 0:
            return 1 if b._sign else -1
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
    else:
        e = min(a._exp, b._exp)
        va = a._int * 10 ** (a._exp - e)
        vb = b._int * 10 ** (b._exp - e)
        r = 0 if va == vb else (1 if va > vb else -1)
    return -r if a._sign else r


def _compare(a, b, ctx, st):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    r = _cmp(a, b)
    return _dec(1 if r < 0 else 0, abs(r), 0)


def _compare_signal(a, b, ctx, st):
    if _is_nan(a) or _is_nan(b):
        st[0] |= _INVALID_OPERATION
    return _compare(a, b, ctx, st)


def _is_nan(d):
    return d._is_special and d._exp != 'F'


def _max_min(a, b, ctx, st, want_max, mag=False):
    if _is_nan(a) or _is_nan(b):
        if (a._is_special and a._exp == 'N') or (b._is_special and b._exp == 'N'):
            return _nan_operand(a, b, ctx, st)
        if _is_nan(a) and _is_nan(b):
            return _quiet(a, ctx)
        keep = b if _is_nan(a) else a
        if keep._is_special:
            return keep
        return _fix(keep._sign, keep._int, keep._exp, ctx, st)
    if mag:
        c = _cmp(_copy_abs(a), _copy_abs(b))
    else:
        c = _cmp(a, b)
    if c == 0:
        # Equal values: the positive one is larger, then the larger exponent
        # (the smaller one for negatives), as the spec's total order has it.
        if a._sign != b._sign:
            c = -1 if a._sign else 1
        elif not a._is_special and a._exp != b._exp:
            c = 1 if a._exp > b._exp else -1
            if a._sign:
                c = -c
    pick = a if (c >= 0) == want_max else b
    if c == 0:
        pick = a
    if pick._is_special:
        return pick
    return _fix(pick._sign, pick._int, pick._exp, ctx, st)


def _copy_abs(d):
    return _dec(0, d._int, d._exp, d._is_special)


def _max(a, b, ctx, st):
    return _max_min(a, b, ctx, st, True)


def _min(a, b, ctx, st):
    return _max_min(a, b, ctx, st, False)


def _max_mag(a, b, ctx, st):
    return _max_min(a, b, ctx, st, True, True)


def _min_mag(a, b, ctx, st):
    return _max_min(a, b, ctx, st, False, True)


# ---------------------------------------------------------------------------
# Powers, roots, exponentials and logarithms

def _ziv_fix(sign, m, k, err, ctx, st, rounding):
    """Round m * 10**k (known to within err units of m) or None when err leaves it open.

    The true value is never representable here (the callers only get here for
    inexact results), so the result is flagged Inexact and Rounded.
    """
    lo_st = [0]
    lo = _fix(sign, m - err, k, ctx, lo_st, rounding)
    hi_st = [0]
    hi = _fix(sign, m + err, k, ctx, hi_st, rounding)
    if lo._sign != hi._sign or lo._int != hi._int or lo._exp != hi._exp:
        return None
    st[0] |= hi_st[0] | lo_st[0] | _INEXACT | _ROUNDED
    return hi


def _is_integral(d):
    if d._is_special:
        return False
    return d._exp >= 0 or d._int % 10 ** -d._exp == 0


def _int_value(d):
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** -d._exp
    return -v if d._sign else v


def _pow(a, b, ctx, st):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    integral = _is_integral(b)
    if integral and b._exp > 20:
        n = None   # astronomically large: only its parity and sign matter below
        odd = False
    elif integral:
        n = _int_value(b)
        odd = n % 2 == 1
    else:
        n = None
        odd = False
    sign = 1 if a._sign and odd else 0
    b_neg = b._sign == 1 and (b._is_special or b._int != 0)
    b_zero = not b._is_special and b._int == 0
    if a._sign and not integral and not (not a._is_special and a._int == 0):
        return _invalid(st)
    if a._is_special:
        if b_zero:
            return _dec(0, 1, 0)
        if b_neg:
            return _dec(sign, 0, 0)
        return _inf(sign)
    if a._int == 0:
        if b_zero:
            return _invalid(st)
        if b._is_special and a._sign:
            sign = 0
        if b_neg:
            return _inf(sign)
        return _dec(sign, 0, 0)
    if b_zero:
        return _dec(0, 1, 0)
    if b._is_special:
        if a._sign:
            return _invalid(st)
        c = _cmp(a, _dec(0, 1, 0))
        if c == 0:
            st[0] |= _INEXACT | _ROUNDED
            return _dec(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)
        if (c > 0) != b_neg:
            return _inf(0)
        return _dec(0, 0, 0)
    coef, zeros = _strip_zeros(a._int, a._exp, MAX_EMAX)
    if not (coef == 1 and zeros == 0):
        bounded = _pow_bounds(a, b, sign, ctx, st)
        if bounded is not None:
            return bounded
    if n is not None:
        return _pow_int(a, n, sign, ctx, st)
    if integral:
        return _pow_huge(a, b, ctx, st)
    return _pow_real(a, b, sign, ctx, st)


def _pow_bounds(a, b, sign, ctx, st):
    """The overflow or underflow when a ** b is certainly out of range, else None.

    Compares orders of magnitude as libmpdec does: the digits of the exponent
    limit against the exponents of ln|a| and of b.
    """
    adj_a = a._exp + _ndigits(a._int) - 1
    if adj_a == 0 or adj_a == -1:
        # |a| within a factor ten of one: ln|a| may be tiny; estimate it, one order low.
        z = _math.log(a._int) + a._exp * _LN10_FLOAT
        if z == 0:
            return None
        lb_zeta = _math.floor(_math.log10(abs(z))) - 1
    else:
        # |ln|a|| >= |adj_a| * ln(10) > 10**(digits of adj_a - 1)
        lb_zeta = len(str(abs(adj_a))) - 1
    lb_theta = b._exp + _ndigits(b._int) - 1
    below_one = adj_a < 0
    if below_one == (b._sign == 1):
        if len(str(ctx._Emax)) < lb_zeta + lb_theta:
            return _fix(sign, 1, ctx._Emax + 1, ctx, st)
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if len(str(-etiny)) < lb_zeta + lb_theta:
            return _fix(sign, 1, etiny - 1, ctx, st)
    return None


_LN10_FLOAT = _math.log(10)


def _pow_huge(a, b, ctx, st):
    """a ** b for an even integer b of more than 20 digits (so the sign is +)."""
    coef, zeros = _strip_zeros(a._int, a._exp, MAX_EMAX)
    if coef == 1 and zeros == 0:
        # |a| is exactly one: the result is one, at the ideal exponent when b > 0.
        if b._sign or a._exp == 0:
            return _dec(0, 1, 0)
        return _pow_one_rounded(ctx, st)
    above_one = _cmp(_copy_abs(a), _dec(0, 1, 0)) > 0
    if above_one != (b._sign == 1):
        return _fix(0, 1, ctx._Emax + 1, ctx, st)
    return _fix(0, 1, ctx._Emin - ctx._prec - 10, ctx, st)


def _pow_one_rounded(ctx, st):
    """1.000...**n for a huge n: the exact 1 with more zeros than precision keeps."""
    st[0] |= _ROUNDED
    return _dec(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)


def _work_context(ctx, prec, wide=False):
    """A scratch context for the steps of a power: more digits, ROUND_HALF_EVEN, no traps."""
    work = ctx.copy()
    work._prec = prec
    work._rounding = ROUND_HALF_EVEN
    work._clamp = 0
    work._trap_bits = 0
    if wide:
        work._Emax = MAX_EMAX
        work._Emin = MIN_EMIN
    return work


def _pow_int(a, n, sign, ctx, st):
    """a ** n for an int n != 0.

    As libmpdec does: square-and-multiply from the top bit down, each step
    rounded half-even to a few more digits than the context has (so exact
    results stay exact), then the result rounded to the context.
    """
    m = abs(n)
    work = _work_context(ctx, ctx._prec + _ndigits(m) + 2)
    ws = [0]
    base = a
    if n < 0:
        work._prec += 1
        base = _div(_dec(0, 1, 0), a, work, ws)
    result = _dec(0, base._int, base._exp, base._is_special)
    bit = 1 << (m.bit_length() - 1)
    bit >>= 1
    while bit:
        result = _mul(result, result, work, ws)
        if m & bit:
            result = _mul(result, base, work, ws)
        if result._is_special or (result._int == 0 and ws[0] & _CLAMPED):
            break
        bit >>= 1
    if result._is_special:
        # Overflowed on the way: the context's rounding decides what overflow gives.
        return _overflow(sign, ctx, ctx._rounding, st)
    st[0] |= ws[0] & ~_INVALID_GROUP
    return _fix(sign, result._int, result._exp, ctx, st)


def _pow_real(a, b, sign, ctx, st):
    """a ** b for a > 0 and a non-integral finite b, as exp(b * ln(a)).

    libmpdec works this out half-even with 23 more digits than the context (or
    than a has) and rounds that to the context, and so does this.
    """
    work = _work_context(ctx, max(_ndigits(a._int), ctx._prec) + 23, True)
    ws = [0]
    t = _ln(a, work, ws)
    t = _mul(t, b, work, ws)
    r = _exp(t, work, ws)
    st[0] |= _INEXACT | _ROUNDED
    if r._is_special:
        return _fix(sign, 1, ctx._Emax + 1, ctx, st)
    if _cmp(r, _dec(0, 1, 0)) == 0:
        # Exactly one: shown with the context's full precision.
        return _dec(sign, 10 ** (ctx._prec - 1), 1 - ctx._prec)
    return _fix(sign, r._int, r._exp, ctx, st)


def _sqrt(a, ctx, st):
    nan = _nan_operand(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._is_special:
        if a._sign:
            return _invalid(st)
        return _inf(0)
    ideal = a._exp // 2
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx, st)
    if a._sign:
        return _invalid(st)
    coef, exp = a._int, a._exp
    if exp % 2:
        coef *= 10
        exp -= 1
    # Scale so the integer root has at least prec + 1 digits.
    k = max(0, ctx._prec + 1 - (_ndigits(coef) + 1) // 2)
    scaled = coef * 10 ** (2 * k)
    root = _math.isqrt(scaled)
    rexp = exp // 2 - k
    if root * root == scaled:
        root, rexp = _strip_zeros(root, rexp, ideal)
        return _fix(0, root, rexp, ctx, st, ROUND_HALF_EVEN)
    # Never exactly halfway: a sticky digit past the floor decides the rounding.
    return _fix(0, root * 10 + 1, rexp - 1, ctx, st, ROUND_HALF_EVEN)


def _exp(a, ctx, st):
    nan = _nan_operand(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._is_special:
        return _dec(0, 0, 0) if a._sign else _inf(0)
    if a._int == 0:
        return _dec(0, 1, 0)
    prec = ctx._prec
    adj = a._exp + _ndigits(a._int) - 1
    # Far outside the exponent range the result is an overflow or an underflow;
    # a value near the edges is worked out and left to _fix.
    if adj > 0:
        limit = 2.31 * (max(ctx._Emax, prec - ctx._Emin) + prec + 2)
        if adj > 20 or _int_value(_dec(0, a._int, a._exp)) > limit:
            if a._sign:
                # Below the smallest subnormal: rounds to zero (or to it).
                return _fix(0, 1, ctx._Emin - prec - 10, ctx, st, ROUND_HALF_EVEN)
            return _fix(0, 1, ctx._Emax + 1, ctx, st, ROUND_HALF_EVEN)
    extra = 12
    while True:
        p = prec + extra
        W = p + 3
        shift = a._exp + W
        if shift >= 0:
            T = a._int * 10 ** shift
            t_err = 0
        else:
            T = a._int // 10 ** -shift
            t_err = 1
        if a._sign:
            T = -T
        m, k, err = _decimal_math.exp_float(T, W, p)
        err += m * t_err // 10 ** W + 1
        result = _ziv_fix(0, m, k, err, ctx, st, ROUND_HALF_EVEN)
        if result is not None:
            return result
        extra *= 2


def _ln_special(a, ctx, st):
    """The result of ln/log10 for NaNs, infinities, zeros and negatives, else None."""
    nan = _nan_operand(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._is_special:
        return _invalid(st) if a._sign else _inf(0)
    if a._int == 0:
        return _inf(1)
    if a._sign:
        return _invalid(st)
    return None


def _ln(a, ctx, st):
    special = _ln_special(a, ctx, st)
    if special is not None:
        return special
    coef, exp = _strip_zeros(a._int, a._exp, 0)
    if coef == 1 and exp == 0:
        return _dec(0, 0, 0)
    extra = 12
    while True:
        W = ctx._prec + extra
        L = _decimal_math.ln_fixed(a._int, a._exp, W)
        result = _ziv_fix(1 if L < 0 else 0, abs(L), -W, 5, ctx, st, ROUND_HALF_EVEN)
        if result is not None:
            return result
        extra *= 2


def _log10(a, ctx, st):
    special = _ln_special(a, ctx, st)
    if special is not None:
        return special
    coef, exp = _strip_zeros(a._int, a._exp, MAX_EMAX)
    if coef == 1:
        # A power of ten: the exact integer exponent, rounded half-even whatever the
        # context's rounding (libmpdec rounds every log10 result so).
        return _fix(1 if exp < 0 else 0, abs(exp), 0, ctx, st, ROUND_HALF_EVEN)
    extra = 12
    while True:
        W = ctx._prec + extra
        L = _decimal_math.ln_fixed(a._int, a._exp, W + 3)
        Q = L * 10 ** W // _decimal_math.ln10_fixed(W + 3)
        err = 3 + abs(Q) // 10 ** (W + 2)
        result = _ziv_fix(1 if Q < 0 else 0, abs(Q), -W, err, ctx, st, ROUND_HALF_EVEN)
        if result is not None:
            return result
        extra *= 2


# ---------------------------------------------------------------------------
# Exponent-changing operations

def _quantize(a, b, ctx, st):
    return _quantize_rounding(a, b, None, ctx, st)


def _quantize_rounding(a, b, rounding, ctx, st):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    if a._is_special or b._is_special:
        if a._is_special and b._is_special:
            return _inf(a._sign)
        return _invalid(st)
    if rounding is None:
        rounding = ctx._rounding
    target = b._exp
    if target > ctx._Emax or target < ctx._Emin - ctx._prec + 1:
        return _invalid(st)
    if a._int == 0:
        return _dec(a._sign, 0, target)
    flags = 0
    if target > a._exp:
        coef, inexact = _round_coef(a._sign, a._int, target - a._exp, rounding)
        flags = _ROUNDED | (_INEXACT if inexact else 0)
    else:
        coef = a._int * 10 ** (a._exp - target)
    nd = _ndigits(coef)
    if nd > ctx._prec or (coef and target + nd - 1 > ctx._Emax):
        return _invalid(st)
    if coef and target + nd - 1 < ctx._Emin:
        flags |= _SUBNORMAL
    st[0] |= flags
    return _dec(a._sign, coef, target)


def _rescale(a, exp, rounding):
    """a (finite) at exponent exp, rounding as told: (Decimal, whether inexact)."""
    if exp <= a._exp:
        return _dec(a._sign, a._int * 10 ** (a._exp - exp), exp), False
    coef, inexact = _round_coef(a._sign, a._int, exp - a._exp, rounding)
    return _dec(a._sign, coef, exp), inexact


def _to_integral(a, ctx, st):
    return _to_integral_rounding(a, None, False, ctx, st)


def _to_integral_rounding(a, rounding, exact, ctx, st):
    nan = _nan_operand(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._is_special or a._exp >= 0:
        return a
    if a._int == 0:
        # A zero is exact: libmpdec signals nothing (not even Rounded) for it.
        return _dec(a._sign, 0, 0)
    result, inexact = _rescale(a, 0, rounding or ctx._rounding)
    if exact:
        st[0] |= _ROUNDED | (_INEXACT if inexact else 0)
    return result


def _normalize(a, ctx, st):
    nan = _nan_operand(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._is_special:
        return a
    d = _fix(a._sign, a._int, a._exp, ctx, st)
    if d._is_special:
        return d
    if d._int == 0:
        return _dec(d._sign, 0, 0)
    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    coef, exp = _strip_zeros(d._int, d._exp, top)
    return _dec(d._sign, coef, exp)


def _scaleb(a, b, ctx, st):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    if b._is_special or b._exp != 0:
        return _invalid(st)
    n = _int_value(b)
    limit = 2 * (ctx._Emax + ctx._prec)
    if n > limit or n < -limit:
        return _invalid(st)
    if a._is_special:
        return a
    return _fix(a._sign, a._int, a._exp + n, ctx, st)


def _next(a, ctx, st, up):
    """The closest representable neighbour of a above (up) or below it."""
    nan = _nan_operand(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._is_special and (a._sign == 0) == up:
        return a
    work = ctx.copy()
    work._rounding = ROUND_CEILING if up else ROUND_FLOOR
    work._trap_bits = 0
    if a._is_special:
        # From the infinity on the far side: the largest finite number of that sign.
        return _dec(a._sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
    # An operand the context cannot hold (too many digits, out of range) steps to its
    # rounding toward the direction, as libmpdec's finalize gives it (no flags kept).
    fitted_st = [0]
    fitted = _fix(a._sign, a._int, a._exp, ctx, fitted_st, work._rounding)
    if fitted_st[0] & _INEXACT:
        return fitted
    # A nudge below the smallest subnormal, then rounding toward the direction.
    nudge = _dec(0 if up else 1, 1, ctx._Emin - ctx._prec - 1)
    return _add(a, nudge, work, [0])


def _next_plus(a, ctx, st):
    return _next(a, ctx, st, True)


def _next_minus(a, ctx, st):
    return _next(a, ctx, st, False)


def _next_toward(a, b, ctx, st):
    """The neighbour of a in b's direction (a with b's sign when they are equal); a step
    out of the finite range or into the subnormal one raises the flags a rounding would."""
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    order = _cmp(a, b)
    if order == 0:
        return _dec(b._sign, a._int, a._exp, a._is_special)
    result = _next(a, ctx, st, order < 0)
    if result._is_special:
        st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
    elif result.adjusted() < ctx._Emin:
        st[0] |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if result._int == 0:
            st[0] |= _CLAMPED
    return result


def _logical_digits(d):
    """The digits of a logical operand (finite, positive, exponent 0, only 0s and 1s), or None."""
    if d._is_special or d._sign or d._exp != 0:
        return None
    digits = str(d._int)
    if digits.strip('01'):
        return None
    return digits


def _logical(a, b, ctx, st, bit):
    """A digit-wise logical operation on operands of 0s and 1s, on the context's last prec digits."""
    x = _logical_digits(a)
    y = _logical_digits(b)
    if x is None or y is None:
        return _invalid(st)
    x = x.rjust(ctx._prec, '0')[-ctx._prec:]
    y = y.rjust(ctx._prec, '0')[-ctx._prec:]
    return _dec(0, int(''.join(bit(p, q) for p, q in zip(x, y))), 0)


def _logical_and(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda p, q: '1' if p == q == '1' else '0')


def _logical_or(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda p, q: '1' if '1' in (p, q) else '0')


def _logical_xor(a, b, ctx, st):
    return _logical(a, b, ctx, st, lambda p, q: '1' if p != q else '0')


def _logical_invert(a, ctx, st):
    # Every one of the prec digits flips, leading zeros included.
    return _logical(a, _dec(0, 0, 0), ctx, st, lambda p, q: '0' if p == '1' else '1')


def _digit_shift(a, b, ctx, st, rotate):
    """a's coefficient, as prec digits, shifted (or rotated) left by b digits (right when b < 0)."""
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    if b._is_special or b._exp != 0:
        return _invalid(st)
    n = _int_value(b)
    if n > ctx._prec or n < -ctx._prec:
        return _invalid(st)
    if a._is_special:
        return a
    digits = str(a._int).rjust(ctx._prec, '0')[-ctx._prec:]
    if rotate:
        n %= ctx._prec
        moved = digits[n:] + digits[:n]
    elif n >= 0:
        moved = (digits + '0' * n)[-ctx._prec:]
    else:
        moved = digits[:n] or '0'
    return _dec(a._sign, int(moved), a._exp)


def _rotate(a, b, ctx, st):
    return _digit_shift(a, b, ctx, st, True)


def _shift(a, b, ctx, st):
    return _digit_shift(a, b, ctx, st, False)


def _logb(a, ctx, st):
    nan = _nan_operand(a, None, ctx, st)
    if nan is not None:
        return nan
    if a._is_special:
        return _inf(0)
    if a._int == 0:
        st[0] |= _DIVISION_BY_ZERO
        return _inf(1)
    adj = a._exp + _ndigits(a._int) - 1
    return _fix(1 if adj < 0 else 0, abs(adj), 0, ctx, st)


# ---------------------------------------------------------------------------
# Text

def _to_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._is_special:
        if d._exp == 'F':
            return sign + 'Infinity'
        text = 'sNaN' if d._exp == 'N' else 'NaN'
        return sign + text + (_int_to_str(d._int) if d._int else '')
    digits = _int_to_str(d._int)
    exp = d._exp
    leftdigits = exp + len(digits)
    if exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        text = '0.' + '0' * -dotplace + digits
    elif dotplace >= len(digits):
        text = digits + '0' * (dotplace - len(digits))
    else:
        text = digits[:dotplace] + '.' + digits[dotplace:]
    if leftdigits != dotplace:
        text += ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
    return sign + text


def _format(d, spec):
    try:
        fields = _decimal_format.parse_spec(spec)
    except ValueError:
        raise ValueError('invalid format string') from None
    ctx = getcontext()
    kind = fields['type']
    precision = fields['precision']
    if kind is None:
        kind = 'G' if ctx._capitals else 'g'
    sign = '-' if d._sign else ''
    if d._is_special:
        body = _to_string(_dec(0, d._int, d._exp, True), False, 1)
        if kind == '%':
            body += '%'
        return _decimal_format.layout(fields, sign, None, body)
    coef, exp = d._int, d._exp
    if kind == '%':
        exp += 2
    rounding = ctx._rounding
    nd = _ndigits(coef)
    if kind in 'eE':
        if precision is not None and nd > precision + 1:
            drop = nd - precision - 1
            coef, _ = _round_coef(d._sign, coef, drop, rounding)
            exp += drop
            if _ndigits(coef) > precision + 1:
                coef //= 10
                exp += 1
    elif kind in 'fF%':
        if precision is not None:
            if exp < -precision:
                coef, _ = _round_coef(d._sign, coef, -precision - exp, rounding)
                exp = -precision
            elif exp > -precision:
                coef *= 10 ** (exp + precision)
                exp = -precision
        if coef == 0 and exp > 0:
            exp = 0
    elif precision is not None:
        keep = max(precision, 1)
        if nd > keep:
            coef, _ = _round_coef(d._sign, coef, nd - keep, rounding)
            exp += nd - keep
            if _ndigits(coef) > keep:
                coef //= 10
                exp += 1
    if fields['no_neg_0'] and coef == 0:
        sign = ''
    digits = _int_to_str(coef)
    leftdigits = exp + len(digits)
    if kind in 'eE':
        dotplace = 1 - precision if coef == 0 and precision is not None else 1
    elif kind in 'fF%':
        dotplace = leftdigits
    elif exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace <= 0:
        whole = '0'
        frac = '0' * -dotplace + digits
    elif dotplace >= len(digits):
        whole = digits + '0' * (dotplace - len(digits))
        frac = ''
    else:
        whole = digits[:dotplace]
        frac = digits[dotplace:]
    if kind in 'eE' and precision is not None and len(frac) < precision:
        frac += '0' * (precision - len(frac))
    rest = '.' + frac if frac else ''
    shown = leftdigits - dotplace
    if kind in 'eE' or (kind in 'gGn' and shown != 0):
        rest += ('E' if kind in 'EG' else 'e') + '%+d' % shown
    if kind == '%':
        rest += '%'
    return _decimal_format.layout(fields, sign, whole, rest)


# ---------------------------------------------------------------------------
# Comparing with other numbers

def _rational_parts(x):
    """(numerator, denominator) of an int, Fraction-like or finite float, else None."""
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    numerator = getattr(x, 'numerator', None)
    denominator = getattr(x, 'denominator', None)
    if isinstance(numerator, int) and isinstance(denominator, int):
        return numerator, denominator
    return None


def _compare_other(a, other, ordering):
    """a compared with a non-Decimal: (Decimal a', Decimal b') to compare, or NotImplemented."""
    if isinstance(other, Decimal):
        return a, other
    if isinstance(other, int):
        return a, _convert_strict(other)
    # == and != compare a complex with no imaginary part as its real part (a float).
    if not ordering and isinstance(other, complex) and other.imag == 0:
        other = other.real
    if isinstance(other, float):
        ctx = getcontext()
        if ordering:
            ctx._add_status(_FLOAT_OPERATION)
        else:
            ctx._flag_bits |= _FLOAT_OPERATION
        return a, _from_float(other)
    parts = _rational_parts(other)
    if parts is None:
        return NotImplemented
    n, d = parts
    b = _dec(1 if n < 0 else 0, abs(n), 0)
    if a._is_special:
        return a, b
    # a == n/d exactly when a * d == n.
    return _dec(a._sign, a._int * d, a._exp), b


def _order(a, other, op):
    pair = _compare_other(a, other, True)
    if pair is NotImplemented:
        return pair
    x, y = pair
    if _is_nan(x) or _is_nan(y):
        getcontext()._add_status(_INVALID_OPERATION)
        return False
    c = _cmp(x, y)
    if op == '<':
        return c < 0
    if op == '<=':
        return c <= 0
    if op == '>':
        return c > 0
    return c >= 0


_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


# ---------------------------------------------------------------------------
# Decimal

def _binary_op(kernel, swap=False):
    """An arithmetic dunder: other must be a Decimal or an int, else NotImplemented."""
    # _run's work written out: the operators are the hot path, and a call through
    # _run's *args runs in the eval loop.
    def method(self, other):
        other = _convert_op(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        st = [0]
        if swap:
            result = kernel(other, self, ctx, st)
        else:
            result = kernel(self, other, ctx, st)
        if st[0]:
            ctx._add_status(st[0])
        return result
    return method


def _unary_method(kernel):
    def method(self, context=None):
        return _run(kernel, context, self)
    return method


def _binary_method(kernel):
    def method(self, other, context=None):
        return _run(kernel, context, self, _convert_strict(other))
    return method


_NO_ARG = object()   # round(d) passes no ndigits; round(d, None) is an error here


class Decimal:
    """A decimal floating-point number: (-1)**sign * coefficient * 10**exponent."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        if context is None:
            context = getcontext()
        elif not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        st = [0]
        d = _construct(value, context, st)
        if st[0]:
            context._add_status(st[0])
        if cls is Decimal:
            return d
        obj = object.__new__(cls)
        obj._sign = d._sign
        obj._int = d._int
        obj._exp = d._exp
        obj._is_special = d._is_special
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _convert_strict(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # Text

    def __str__(self, eng=False, context=None):
        context = _context_arg(context)
        return _to_string(self, eng, context._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        context = _context_arg(context)
        return _to_string(self, True, context._capitals)

    def __format__(self, spec, _localeconv=None):
        if not isinstance(spec, str):
            raise TypeError('format arg must be str')
        return _format(self, spec)

    # Inspection

    def as_tuple(self):
        if self._is_special:
            if self._exp == 'F':
                digits = (0,)
            else:
                digits = tuple(int(c) for c in _int_to_str(self._int)) if self._int else ()
        else:
            digits = tuple(int(c) for c in _int_to_str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._is_special and self._exp == 'F'

    def is_nan(self):
        return self._is_special and self._exp != 'F'

    def is_qnan(self):
        return self._is_special and self._exp == 'n'

    def is_snan(self):
        return self._is_special and self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_normal(self, context=None):
        context = _context_arg(context)
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() >= context._Emin

    def is_subnormal(self, context=None):
        context = _context_arg(context)
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() < context._Emin

    def number_class(self, context=None):
        context = _context_arg(context)
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._is_special:
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (
                self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # Sign manipulation (exact, no context)

    def copy_abs(self):
        return _copy_abs(self)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    # Arithmetic

    __add__ = _binary_op(_add)
    __radd__ = _binary_op(_add, True)
    __sub__ = _binary_op(_sub)
    __rsub__ = _binary_op(_sub, True)
    __mul__ = _binary_op(_mul)
    __rmul__ = _binary_op(_mul, True)
    __truediv__ = _binary_op(_div)
    __rtruediv__ = _binary_op(_div, True)
    __floordiv__ = _binary_op(_floordiv)
    __rfloordiv__ = _binary_op(_floordiv, True)
    __mod__ = _binary_op(_mod)
    __rmod__ = _binary_op(_mod, True)
    __divmod__ = _binary_op(_divmod)
    __rdivmod__ = _binary_op(_divmod, True)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert_op(other)
        if other is NotImplemented:
            return other
        if modulo is None:
            return _run(_pow, context, self, other)
        modulo = _convert_op(modulo)
        if modulo is NotImplemented:
            return modulo
        return _run(_pow_mod, context, self, other, modulo)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert_op(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    __neg__ = _unary_method(_minus)
    __pos__ = _unary_method(_plus)
    __abs__ = _unary_method(_abs)

    def fma(self, other, third, context=None):
        return _run(_fma, context, self, _convert_strict(other), _convert_strict(third))

    sqrt = _unary_method(_sqrt)
    exp = _unary_method(_exp)
    ln = _unary_method(_ln)
    log10 = _unary_method(_log10)
    logb = _unary_method(_logb)
    next_plus = _unary_method(_next_plus)
    next_minus = _unary_method(_next_minus)
    normalize = _unary_method(_normalize)
    compare = _binary_method(_compare)
    compare_signal = _binary_method(_compare_signal)
    max = _binary_method(_max)
    min = _binary_method(_min)
    max_mag = _binary_method(_max_mag)
    min_mag = _binary_method(_min_mag)
    scaleb = _binary_method(_scaleb)
    next_toward = _binary_method(_next_toward)
    logical_and = _binary_method(_logical_and)
    logical_or = _binary_method(_logical_or)
    logical_xor = _binary_method(_logical_xor)
    logical_invert = _unary_method(_logical_invert)
    rotate = _binary_method(_rotate)
    shift = _binary_method(_shift)

    def remainder_near(self, other, context=None):
        return _run(_remainder_near, context, self, _convert_strict(other))

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert_strict(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        return _run(_quantize_rounding, context, self, exp, rounding)

    def to_integral_value(self, rounding=None, context=None):
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        return _run(_to_integral_rounding, context, self, rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MESSAGE)
        return _run(_to_integral_rounding, context, self, rounding, True)

    def compare_total(self, other, context=None):
        other = _convert_strict(other)
        c = _total_cmp(self, other)
        return _dec(1 if c < 0 else 0, abs(c), 0)

    def compare_total_mag(self, other, context=None):
        other = _convert_strict(other)
        c = _total_cmp(_copy_abs(self), _copy_abs(other))
        return _dec(1 if c < 0 else 0, abs(c), 0)

    # Comparisons

    def __eq__(self, other):
        pair = _compare_other(self, other, False)
        if pair is NotImplemented:
            return pair
        x, y = pair
        if _is_nan(x) or _is_nan(y):
            if (x._is_special and x._exp == 'N') or (y._is_special and y._exp == 'N'):
                getcontext()._add_status(_INVALID_OPERATION)
            return False
        return _cmp(x, y) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        return _order(self, other, '<')

    def __le__(self, other):
        return _order(self, other, '<=')

    def __gt__(self, other):
        return _order(self, other, '>')

    def __ge__(self, other):
        return _order(self, other, '>=')

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10_INVERSE, -self._exp, _HASH_MODULUS)
        h = self._int * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # Conversions

    def __bool__(self):
        return self._is_special or self._int != 0

    def _check_integral(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')

    def __int__(self):
        self._check_integral()
        return _int_value(self)

    __trunc__ = __int__

    def __floor__(self):
        self._check_integral()
        return _int_value(_rescale(self, 0, ROUND_FLOOR)[0]) if self._exp < 0 else _int_value(self)

    def __ceil__(self):
        self._check_integral()
        return _int_value(_rescale(self, 0, ROUND_CEILING)[0]) if self._exp < 0 else _int_value(self)

    def __float__(self):
        if self._is_special and self._exp != 'F':
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return -_FLOAT_NAN if self._sign else _FLOAT_NAN
        return float(_to_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=_NO_ARG):
        if n is _NO_ARG:
            self._check_integral()
            if self._exp >= 0:
                return _int_value(self)
            return _int_value(_rescale(self, 0, ROUND_HALF_EVEN)[0])
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        # CPython reads n as a C Py_ssize_t.
        if not -0x8000000000000000 <= n <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to C ssize_t')
        return _run(_quantize, None, self, _dec(0, 1, -n))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # Copying and pickling: Decimals are immutable.

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(self)


_FLOAT_NAN = float('nan')

# As C types of the decimal module, they are 'decimal.Decimal' in error messages.
_as_c_type(Decimal, ('__module__',))
_as_c_type(Context, ('__module__',))
_as_c_type(_ContextManager)
# _decimal parses Decimal's method arguments with formats naming no function.
from _c_type_names import c_parse_args as _c_parse_args
_c_parse_args(Decimal, 'function')
del _c_parse_args
from _c_type_names import c_arg_style as _c_arg_style
_c_arg_style(Decimal, 'one', 'from_float')   # METH_O
del _c_arg_style

import numbers as _numbers
_numbers.Number.register(Decimal)


def _total_rank(d):
    if not d._is_special:
        return 0
    return {'F': 1, 'N': 2, 'n': 3}[d._exp]


def _total_cmp(a, b):
    """The spec's total order: -NaN < -sNaN < -Infinity < ... < Infinity < sNaN < NaN."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ra, rb = _total_rank(a), _total_rank(b)
    if ra != rb:
        c = -1 if ra < rb else 1
    elif ra >= 2:
        c = (a._int > b._int) - (a._int < b._int)
    elif ra == 1:
        c = 0
    else:
        c = _cmp(_copy_abs(a), _copy_abs(b))
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


def _remainder_near(a, b, ctx, st):
    nan = _nan_operand(a, b, ctx, st)
    if nan is not None:
        return nan
    if a._is_special:
        return _invalid(st)
    if b._is_special:
        return _fix(a._sign, a._int, a._exp, ctx, st)
    if b._int == 0:
        if a._int == 0:
            st[0] |= _DIVISION_UNDEFINED
            return _nan(0, 0)
        return _invalid(st)
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if a._int and adj_a - adj_b > ctx._prec:
        st[0] |= _DIVISION_IMPOSSIBLE
        return _nan(0, 0)
    e = min(a._exp, b._exp)
    cb = b._int * 10 ** (b._exp - e)
    q, r = divmod(a._int * 10 ** (a._exp - e), cb)
    # The nearest integer quotient, ties to even.
    if 2 * r > cb or (2 * r == cb and q % 2 == 1):
        r -= cb
        q += 1
    if q >= 10 ** ctx._prec:
        st[0] |= _DIVISION_IMPOSSIBLE
        return _nan(0, 0)
    sign = a._sign ^ (1 if r < 0 else 0)
    return _fix(sign, abs(r), e, ctx, st)


def _pow_mod(a, b, m, ctx, st):
    """Three-argument pow: every operand an integer, the exponent non-negative."""
    nan = _nan_operand(a, b, ctx, st)
    if nan is None and _is_nan(m):
        nan = _nan_operand(m, None, ctx, st)
    if nan is not None:
        return nan
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(st)
    n = _int_value(b)
    modulus = abs(_int_value(m))
    if n < 0 or modulus == 0 or _ndigits(modulus) > ctx._prec:
        return _invalid(st)
    if a._int == 0 and n == 0:
        return _invalid(st)
    r = pow(abs(_int_value(a)), n, modulus)
    return _dec(a._sign if n % 2 else 0, r, 0)


# ---------------------------------------------------------------------------
# Context methods: each applies an operation to its operands (Decimals or ints)
# with itself as the context.

def _context_kernel(kernel, nargs):
    if nargs == 1:
        def method(self, a):
            return _run(kernel, self, _convert_strict(a))
    elif nargs == 2:
        def method(self, a, b):
            return _run(kernel, self, _convert_strict(a), _convert_strict(b))
    else:
        def method(self, a, b, c):
            return _run(kernel, self, _convert_strict(a), _convert_strict(b), _convert_strict(c))
    return method


for _name, _kernel, _nargs in [
        ('abs', _abs, 1), ('minus', _minus, 1), ('plus', _plus, 1), ('exp', _exp, 1),
        ('ln', _ln, 1), ('log10', _log10, 1), ('logb', _logb, 1), ('sqrt', _sqrt, 1),
        ('normalize', _normalize, 1), ('next_plus', _next_plus, 1),
        ('next_minus', _next_minus, 1), ('to_integral_value', _to_integral, 1),
        ('to_integral', _to_integral, 1),
        ('add', _add, 2), ('subtract', _sub, 2), ('multiply', _mul, 2), ('divide', _div, 2),
        ('divide_int', _floordiv, 2), ('remainder', _mod, 2), ('divmod', _divmod, 2),
        ('remainder_near', _remainder_near, 2), ('compare', _compare, 2),
        ('compare_signal', _compare_signal, 2), ('max', _max, 2), ('min', _min, 2),
        ('max_mag', _max_mag, 2), ('min_mag', _min_mag, 2), ('quantize', _quantize, 2),
        ('scaleb', _scaleb, 2), ('fma', _fma, 3), ('next_toward', _next_toward, 2),
        ('logical_and', _logical_and, 2), ('logical_or', _logical_or, 2),
        ('logical_xor', _logical_xor, 2), ('logical_invert', _logical_invert, 1),
        ('rotate', _rotate, 2), ('shift', _shift, 2)]:
    _method = _context_kernel(_kernel, _nargs)
    _method.__name__ = _name
    setattr(Context, _name, _method)


def _context_delegate(name, nargs):
    """Context methods that only ask the Decimal (given the context where it takes one)."""
    if nargs == 1:
        def method(self, a):
            return getattr(_convert_strict(a), name)()
    else:
        def method(self, a, b):
            return getattr(_convert_strict(a), name)(b)
    method.__name__ = name
    return method


for _name, _nargs in [('canonical', 1), ('copy_abs', 1), ('copy_negate', 1),
                      ('is_canonical', 1), ('is_finite', 1), ('is_infinite', 1),
                      ('is_nan', 1), ('is_qnan', 1), ('is_snan', 1), ('is_signed', 1),
                      ('is_zero', 1), ('copy_sign', 2), ('compare_total', 2),
                      ('compare_total_mag', 2), ('same_quantum', 2)]:
    setattr(Context, _name, _context_delegate(_name, _nargs))


def _context_is_normal(self, a):
    return _convert_strict(a).is_normal(self)


def _context_is_subnormal(self, a):
    return _convert_strict(a).is_subnormal(self)


def _context_number_class(self, a):
    return _convert_strict(a).number_class(self)


def _context_to_integral_exact(self, a):
    return _convert_strict(a).to_integral_exact(context=self)


def _context_power(self, a, b, modulo=None):
    a = _convert_strict(a)
    b = _convert_strict(b)
    if modulo is None:
        return _run(_pow, self, a, b)
    return _run(_pow_mod, self, a, b, _convert_strict(modulo))


def _context_copy_decimal(self, a):
    return _convert_strict(a)


def _context_to_sci_string(self, a):
    return _to_string(_convert_strict(a), False, self._capitals)


def _context_to_eng_string(self, a):
    return _to_string(_convert_strict(a), True, self._capitals)


Context.is_normal = _context_is_normal
Context.is_subnormal = _context_is_subnormal
Context.number_class = _context_number_class
Context.to_integral_exact = _context_to_integral_exact
Context.power = _context_power
Context.copy_decimal = _context_copy_decimal
Context.to_sci_string = _context_to_sci_string
Context.to_eng_string = _context_to_eng_string

# CPython's _decimal is C: tracebacks show none of this module's frames.
from _c_type_names import as_c_module as _as_c_module
_as_c_module(globals())
del _as_c_module
