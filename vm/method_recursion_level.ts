// Which built-in methods CPython 3.11 counts as a level of recursion when called.
//
// A method descriptor whose C function is METH_NOARGS, METH_O or METH_VARARGS is called
// through _Py_EnterRecursiveCall (method_vectorcall_NOARGS/O/VARARGS and the specialised
// PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS/O, "CPython promises to check all non-vectorcall
// function calls"); a METH_FASTCALL one, once its call site is specialised, is not. So a
// recursive function whose body calls `d.items()` or `s.upper()` first fails there, in that
// frame, with "while calling a Python object", and what such a method runs in turn (list.count's
// __eq__, str.format's __format__) is one level deeper. The table is CPython 3.11's ml_flags
// of each builtins type's methods, read through ctypes; list.append is left out: its call
// site is specialised as PRECALL_NO_KW_LIST_APPEND, which makes no check.

import { namesByOwner } from './names_by_owner.js';
import { recursionError } from './errors.js';
import type { FixedArity, NativeFn } from './objects/function.js';
import type { PyObject } from './objects/object.js';
import { PyFloat, floatType } from './objects/float.js';
import type { VM } from './vm.js';

const CHECKED: ReadonlyMap<string, ReadonlySet<string>> = namesByOwner([
  ['BaseException', '__reduce__ __setstate__ add_note with_traceback'],
  ['BaseExceptionGroup', 'derive split subgroup'],
  ['ImportError', '__reduce__'],
  ['OSError', '__reduce__'],
  ['bytearray', '__alloc__ __reduce__ __sizeof__ append capitalize clear copy count endswith extend find index isalnum isalpha isascii isdigit islower isspace istitle isupper join lower partition remove removeprefix removesuffix reverse rfind rindex rpartition startswith swapcase title upper zfill'],
  ['bytes', '__bytes__ __getnewargs__ capitalize count endswith find index isalnum isalpha isascii isdigit islower isspace istitle isupper join lower partition removeprefix removesuffix rfind rindex rpartition startswith swapcase title upper zfill'],
  ['complex', '__complex__ __format__ __getnewargs__ conjugate'],
  ['dict', '__contains__ __getitem__ __reversed__ __sizeof__ clear copy items keys popitem update values'],
  ['dict_items', '__reversed__ isdisjoint'],
  ['dict_keys', '__reversed__ isdisjoint'],
  ['dict_values', '__reversed__'],
  ['enumerate', '__reduce__'],
  ['filter', '__reduce__'],
  ['float', '__ceil__ __floor__ __format__ __getnewargs__ __trunc__ as_integer_ratio conjugate hex is_integer'],
  ['frozenset', '__contains__ __reduce__ __sizeof__ copy difference intersection isdisjoint issubset issuperset symmetric_difference union'],
  ['int', '__ceil__ __floor__ __format__ __getnewargs__ __sizeof__ __trunc__ as_integer_ratio bit_count bit_length conjugate'],
  ['list', '__getitem__ __reversed__ __sizeof__ clear copy count extend remove reverse'],
  ['map', '__reduce__'],
  ['mappingproxy', '__reversed__ copy items keys values'],
  ['memoryview', '__enter__ __exit__ release tolist toreadonly'],
  ['object', '__dir__ __format__ __getstate__ __reduce__ __reduce_ex__ __sizeof__'],
  ['property', '__set_name__ deleter getter setter'],
  ['range', '__reduce__ __reversed__ count index'],
  ['reversed', '__length_hint__ __reduce__ __setstate__'],
  ['set', '__contains__ __reduce__ __sizeof__ add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update'],
  ['slice', '__reduce__ indices'],
  ['str', '__format__ __getnewargs__ __sizeof__ capitalize casefold count endswith find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join lower partition removeprefix removesuffix rfind rindex rpartition startswith swapcase title translate upper zfill'],
  ['tuple', '__getnewargs__ count'],
  ['type', '__dir__ __instancecheck__ __sizeof__ __subclasscheck__ __subclasses__ mro'],
  ['zip', '__reduce__ __setstate__'],
]);

/**
 * Those of CHECKED that run no code of the program's for the arguments a program passes
 * (a str's case methods and predicates, a dict's views): the level is only checked, not
 * held, which is the same for them and spares the common calls the bookkeeping.
 */
const STR_LIKE = 'capitalize casefold count endswith find index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper lower partition removeprefix removesuffix rfind rindex rpartition startswith swapcase title upper zfill __getnewargs__ __sizeof__';
const RUN_NO_CODE: ReadonlyMap<string, ReadonlySet<string>> = namesByOwner([
  ['str', STR_LIKE],
  ['bytes', STR_LIKE],
  ['bytearray', `${STR_LIKE} append clear copy reverse __alloc__`],
  ['dict', 'items keys values copy clear popitem __reversed__ __sizeof__'],
  ['list', 'copy clear reverse __reversed__ __sizeof__'],
  ['tuple', '__getnewargs__'],
  ['set', 'clear copy pop __sizeof__'],
  ['int', '__ceil__ __floor__ __getnewargs__ __sizeof__ __trunc__ as_integer_ratio bit_count bit_length conjugate'],
  ['float', '__ceil__ __floor__ __getnewargs__ __trunc__ as_integer_ratio conjugate hex is_integer'],
]);

/**
 * Module functions CPython 3.11 defines METH_O/METH_NOARGS/METH_VARARGS (checked at every
 * call, specialised or not): math's and time's. Only checked, not held (see RUN_NO_CODE).
 */
const CHECKED_FUNCTIONS: ReadonlyMap<string, ReadonlySet<string>> = namesByOwner([
  ['math', 'acos acosh asin asinh atan atanh cbrt ceil cos cosh degrees erf erfc exp exp2 expm1 fabs factorial floor frexp fsum gamma isfinite isinf isnan isqrt lgamma log log10 log1p log2 modf radians sin sinh sqrt tan tanh trunc ulp'],
  ['time', 'asctime clock_getres clock_gettime clock_gettime_ns ctime get_clock_info gmtime localtime mktime monotonic monotonic_ns perf_counter perf_counter_ns process_time process_time_ns sleep strftime strptime thread_time thread_time_ns time time_ns tzset'],
]);

/**
 * Module functions CPython 3.11 defines METH_O/METH_NOARGS/METH_VARARGS that call the
 * program's code (an __index__, a __neg__, reduce's function): the level is held while they run.
 */
const HELD_FUNCTIONS: ReadonlyMap<string, ReadonlySet<string>> = namesByOwner([
  ['_operator', 'abs index inv invert neg not_ pos truth'],
  ['_functools', 'reduce'],
]);

/** True when calling the function `name` of module `module` (not builtins) is checked against the recursion limit in CPython 3.11. */
export function isCheckedModuleFunction(module: string, name: string): boolean {
  return CHECKED_FUNCTIONS.get(module)?.has(name) === true || isHeldModuleFunction(module, name);
}

/** True for a checked module function that holds its level while it runs (HELD_FUNCTIONS). */
export function isHeldModuleFunction(module: string, name: string): boolean {
  return HELD_FUNCTIONS.get(module)?.has(name) === true;
}

const CALLING = ' while calling a Python object';

/**
 * math.floor, math.ceil and math.trunc of anything but a float call its __floor__ (an int's
 * is a METH_NOARGS method): a second level, checked after the function's own.
 */
const SPECIAL_METHOD_ROUNDING: ReadonlySet<string> = new Set(['floor', 'ceil', 'trunc']);

/** The levels a call of math's `name` with first argument `x` checks beyond its own. */
function extraLevels(x: PyObject | undefined): number {
  return x !== undefined && !(x instanceof PyFloat && x.cls === floatType) ? 1 : 0;
}

/** math.floor/ceil/trunc's checks (SPECIAL_METHOD_ROUNDING), or undefined for another function. */
export function roundingChecks(module: string, name: string, fn: NativeFn, fixed: FixedArity | undefined): [NativeFn, FixedArity | undefined] | undefined {
  if (module !== 'math' || !SPECIAL_METHOD_ROUNDING.has(name)) return undefined;
  const checked: NativeFn = (vm, args, kwargs) => {
    if (vm.depth + extraLevels(args[0]) >= vm.recursionLimit) throw recursionError(CALLING);
    return fn(vm, args, kwargs);
  };
  if (fixed === undefined) return [checked, undefined];
  const { call1 } = fixed;
  const plain1 = fixed.plain1 ?? (fixed.plain === true ? call1 : undefined);
  const out: FixedArity = {};
  if (call1 !== undefined) {
    out.call1 = (vm, a) => {
      if (vm.depth + extraLevels(a) >= vm.recursionLimit) throw recursionError(CALLING);
      return call1(vm, a);
    };
  }
  if (plain1 !== undefined) out.plain1 = (vm, a) => (vm.depth + extraLevels(a) < vm.recursionLimit ? plain1(vm, a) : undefined);
  return [checked, out];
}

/** True when calling `type.name` is a level of recursion in CPython 3.11. */
export function isLevelCountingMethod(typeName: string, name: string): boolean {
  return CHECKED.get(typeName)?.has(name) === true;
}

/** True for a level-counting method that runs no code of the program's (its level need not be held). */
export function runsNoCode(typeName: string, name: string): boolean {
  return RUN_NO_CODE.get(typeName)?.has(name) === true;
}

/**
 * `fn` as a level of recursion: it fails at the limit, and what it calls is one level deeper
 * (`held` false: it calls nothing, only the check is made).
 */
export function countingLevel(fn: NativeFn, held: boolean): NativeFn {
  if (!held) {
    return (vm, args, kwargs) => {
      if (vm.depth >= vm.recursionLimit) throw recursionError(CALLING);
      return fn(vm, args, kwargs);
    };
  }
  return (vm, args, kwargs) => {
    enter(vm);
    try {
      return fn(vm, args, kwargs);
    } finally {
      vm.depth--;
    }
  };
}

function check(vm: VM): void {
  if (vm.depth >= vm.recursionLimit) throw recursionError(CALLING);
}

function enter(vm: VM): void {
  if (vm.depth >= vm.recursionLimit) throw recursionError(CALLING);
  vm.depth++;
}

/** The fixed-arity entries of `fx`, each a level of recursion as countingLevel's; plain ones answer only below the limit. */
export function countingLevelFixed(fx: FixedArity, held: boolean): FixedArity {
  const out: FixedArity = {};
  const { call1, call2, call3 } = fx;
  const plain1 = fx.plain1 ?? (fx.plain === true ? call1 : undefined);
  const plain2 = fx.plain2 ?? (fx.plain === true ? call2 : undefined);
  const plain3 = fx.plain3 ?? (fx.plain === true ? call3 : undefined);
  if (!held) {
    if (call1 !== undefined) out.call1 = (vm, a) => { check(vm); return call1(vm, a); };
    if (call2 !== undefined) out.call2 = (vm, a, b) => { check(vm); return call2(vm, a, b); };
    if (call3 !== undefined) out.call3 = (vm, a, b, c) => { check(vm); return call3(vm, a, b, c); };
  }
  else {
    if (call1 !== undefined) out.call1 = (vm, a) => { enter(vm); try { return call1(vm, a); } finally { vm.depth--; } };
    if (call2 !== undefined) out.call2 = (vm, a, b) => { enter(vm); try { return call2(vm, a, b); } finally { vm.depth--; } };
    if (call3 !== undefined) out.call3 = (vm, a, b, c) => { enter(vm); try { return call3(vm, a, b, c); } finally { vm.depth--; } };
  }
  // A plain entry runs no tpy code: below the limit the level changes nothing; at it, the full entry raises.
  if (plain1 !== undefined) out.plain1 = (vm, a): PyObject | undefined => (vm.depth < vm.recursionLimit ? plain1(vm, a) : undefined);
  if (plain2 !== undefined) out.plain2 = (vm, a, b): PyObject | undefined => (vm.depth < vm.recursionLimit ? plain2(vm, a, b) : undefined);
  if (plain3 !== undefined) out.plain3 = (vm, a, b, c): PyObject | undefined => (vm.depth < vm.recursionLimit ? plain3(vm, a, b, c) : undefined);
  return out;
}
