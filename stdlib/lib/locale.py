"""locale: the C (POSIX) locale only.

tpy formats numbers, dates and text the C locale's way, so setlocale() accepts only the
names of that locale: 'C', 'POSIX' (reported as 'C'), and 'C.UTF-8' spelled as glibc
accepts it ('C.utf8', 'C.utf-8'). Any other name raises locale.Error('unsupported locale
setting'), as CPython does for a locale the system lacks. '' (the environment's locale)
takes LC_ALL / LC_<category> / LANG when it names the C locale, and otherwise 'C.UTF-8':
the C locale with UTF-8 text, which is what tpy does (see docs/differences.md).
As in CPython, LC_CTYPE starts as the environment's choice, C coerced to C.UTF-8 (PEP 538).
"""

import operator
import os
import re
import sys
from collections.abc import Mapping

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string',
           'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'LC_MESSAGES', 'CHAR_MAX', 'getencoding']

_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

# glibc's categories in the order it lists them in a mixed LC_ALL; the last six have no
# constants in Python but are part of that string.
_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES',
                   'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_PYTHON_CATEGORIES = {LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3, LC_MONETARY: 4, LC_MESSAGES: 5}


def _c_locale_name(name):
    """The name glibc reports for `name` if it names the C locale, else None."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name.startswith('C.') and name[2:].lower().replace('-', '') == 'utf8':
        return name
    return None


def _environment_locale(category_name):
    for var in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(var)
        if value:
            return _c_locale_name(value) or 'C.UTF-8'
    return 'C'


def _initial_locales():
    current = ['C'] * len(_CATEGORY_NAMES)
    ctype = _environment_locale('LC_CTYPE')
    # PEP 538's coercion, which an explicit LC_ALL turns off.
    current[0] = 'C.UTF-8' if ctype == 'C' and not os.environ.get('LC_ALL') else ctype
    return current


_current = _initial_locales()
# Python's UTF-8 mode (PEP 540: PYTHONUTF8, -X utf8, or a C or POSIX locale), as the tpy command set it.
_UTF8_MODE = bool(sys.flags.utf8_mode)


def _query(category):
    if category == LC_ALL:
        if all(name == _current[0] for name in _current):
            return _current[0]
        return ';'.join(f'{cat}={name}' for cat, name in zip(_CATEGORY_NAMES, _current))
    return _current[_PYTHON_CATEGORIES[category]]


def setlocale(category, locale=None):
    """Sets the locale of `category` (C-locale names only) and returns it; with no locale, returns it."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _name_from_pair(locale)
    category = operator.index(category)
    if category != LC_ALL and category not in _PYTHON_CATEGORIES:
        raise Error('locale query failed' if locale is None else 'unsupported locale setting')
    if locale is None:
        return _query(category)
    if locale == '':
        if category == LC_ALL:
            for i, cat in enumerate(_CATEGORY_NAMES):
                _current[i] = _environment_locale(cat)
        else:
            _current[_PYTHON_CATEGORIES[category]] = _environment_locale(_CATEGORY_NAMES[_PYTHON_CATEGORIES[category]])
        return _query(category)
    if category == LC_ALL and '=' in locale:
        # The composite name a query of LC_ALL gives ("LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..."),
        # which sets each category back (glibc takes it so).
        names = {}
        for part in locale.split(';'):
            cat, sep, value = part.partition('=')
            name = _c_locale_name(value) if sep else None
            if name is None or cat not in _CATEGORY_NAMES:
                raise Error('unsupported locale setting')
            names[_CATEGORY_NAMES.index(cat)] = name
        for i, name in names.items():
            _current[i] = name
        return _query(category)
    name = _c_locale_name(locale)
    if name is None:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        _current[:] = [name] * len(_CATEGORY_NAMES)
    else:
        _current[_PYTHON_CATEGORIES[category]] = name
    return name


def _name_from_pair(locale):
    # A (language code, encoding) pair, as getlocale() returns; only the C locale's work here.
    try:
        language, encoding = locale
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None and language in ('C', 'POSIX'):
        return 'C'
    # Any other pair names a real language's locale, which tpy does not have.
    return language if encoding is None else language + '.' + encoding


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category: (None, None) for the C locale."""
    if category != LC_ALL and category not in _PYTHON_CATEGORIES:
        raise Error('locale query failed')
    name = _query(category)
    if ';' in name:
        # LC_ALL with categories set to different locales.
        raise TypeError('category LC_ALL is not supported')
    if name == 'C':
        return None, None
    # Python 3.11's alias table maps c.utf8 to en_US.UTF-8.
    return 'en_US', 'UTF-8'


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) the first set variable of `envvars` names (deprecated in 3.11)."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        name = os.environ.get(variable)
        if name:
            if variable == 'LANGUAGE':
                name = name.split(':')[0]
            break
    else:
        name = 'C'
    code = normalize(name)
    if '@' in code:
        code = code.split('@', 1)[0]
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % name)


def getencoding():
    """The encoding of the current LC_CTYPE (its nl_langinfo(CODESET))."""
    return nl_langinfo(CODESET)


def getpreferredencoding(do_setlocale=True):
    """The encoding text files get by default: UTF-8, or the current LC_CTYPE's if do_setlocale is false."""
    if _UTF8_MODE:
        return 'utf-8'
    if do_setlocale:
        # CPython switches LC_CTYPE to the environment's locale for the question (coerced as at start-up).
        return 'ANSI_X3.4-1968' if _initial_locales()[0] == 'C' else 'UTF-8'
    return getencoding()


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compares two strings as the C locale collates them: by code point."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        bad = b if isinstance(a, _builtin_str) else a
        raise TypeError(f"strcoll() argument {1 if bad is a else 2} must be str, not {type(bad).__name__}")
    return (a > b) - (a < b)


def strxfrm(string):
    """The key that sorts as strcoll compares: the string itself in the C locale."""
    if not isinstance(string, _builtin_str):
        raise TypeError(f'strxfrm() argument must be str, not {type(string).__name__}')
    return string


# ---------------------------------------------------------------- numbers

# One %-conversion: an optional (key), flags, width and precision (maybe '*'), and its letter.
_CONVERSION = re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _localize_number(text, grouping, monetary):
    # The C locale groups no digits; only the decimal point changes (to none, for money).
    conv = localeconv()
    point = conv['mon_decimal_point' if monetary else 'decimal_point']
    whole, dot, fraction = text.partition('.')
    return whole + point + fraction if dot else text


def _format_one(conversion, value, grouping, monetary):
    text = conversion % value
    if conversion[-1] in 'eEfFgGdiu':
        text = _localize_number(text, grouping, monetary)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with each numeric conversion localised (C locale: money has no decimal point)."""
    conversions = list(_CONVERSION.finditer(f))
    template = _CONVERSION.sub('%s', f)
    if isinstance(val, Mapping):
        pieces = ['%' if m.group() == '%%' else _format_one(m.group(), val, grouping, monetary)
                  for m in conversions]
    else:
        if not isinstance(val, tuple):
            val = (val,)
        pieces = []
        i = 0
        for m in conversions:
            if m.group() == '%%':
                pieces.append('%')
                continue
            stars = m.group('modifiers').count('*')
            args = val[i] if stars == 0 else val[i:i + stars + 1]
            pieces.append(_format_one(m.group(), args, grouping, monetary))
            i += 1 + stars
    return template % tuple(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    if conv['int_frac_digits' if international else 'frac_digits'] == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as str() would show it in the locale (12 significant digits)."""
    return format_string('%.12g', val)


def delocalize(string):
    """A localised number string made parseable by float()."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number string written the locale's way."""
    return _localize_number(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


def normalize(localename):
    """The C locale's names normalised as 3.11's alias table does; other names come back unchanged."""
    lowered = localename.lower()
    if lowered in ('c', 'posix'):
        return 'C'
    if lowered.replace('-', '') in ('c.utf8',):
        return 'en_US.UTF-8'
    return localename


# ---------------------------------------------------------------- nl_langinfo

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11,
 ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12) = range(131098, 131110)
AM_STR = 131110
PM_STR = 131111
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December']
_LANGINFO = {
    RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM', D_T_FMT: '%a %b %e %H:%M:%S %Y',
    D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '',
    ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: '', CRNCYSTR: '-', YESEXPR: '^[yY]', NOEXPR: '^[nN]',
}
for _i, _day in enumerate(_DAYS):
    _LANGINFO[DAY_1 + _i] = _day
    _LANGINFO[ABDAY_1 + _i] = _day[:3]
for _i, _month in enumerate(_MONTHS):
    _LANGINFO[MON_1 + _i] = _month
    _LANGINFO[ABMON_1 + _i] = _month[:3]
del _i, _day, _month


def nl_langinfo(key):
    """One item of the C locale's data (a day's name, the date format, the codeset...)."""
    key = operator.index(key)
    if key == CODESET:
        return 'ANSI_X3.4-1968' if _current[0] == 'C' else 'UTF-8'
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError('unsupported langinfo constant') from None
