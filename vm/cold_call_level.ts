// The recursion level CPython 3.11 gives a built-in call from code that is not yet quickened.
//
// CPython 3.11 runs a code object's first few executions unspecialised: each RESUME (a call
// of it, a generator resumed) and each JUMP_BACKWARD counts towards a warm-up of 8, and only
// then are its CALL sites specialised. An unspecialised call of a built-in goes through the
// callable's vectorcall (cfunction_vectorcall_FASTCALL_KEYWORDS, method_vectorcall_FASTCALL,
// _PyObject_MakeTpCall for str), which checks the recursion limit and holds a level for the
// call; the specialised forms of the same calls (PRECALL_BUILTIN_FAST_WITH_KEYWORDS,
// PRECALL_NO_KW_LEN, PRECALL_NO_KW_STR_1, PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST...) do not.
// So `print(obj)` on a module's last line, whose __str__ recurses without end, fails one
// level sooner than the same print in a hot loop, and `__len__` returning len(self) reaches
// 8 frames fewer than the limit. The rest of tpy counts the levels of warm code; the eval
// loop asks here for the extra level of a call from cold code. Built-ins CPython checks
// either way (METH_O, METH_NOARGS, METH_VARARGS: method_recursion_level.ts) take no extra one.

import { namesByOwner } from './names_by_owner.js';
import type { Code } from './code.js';
import type { PyObject } from './objects/object.js';
import { PyBuiltinFunction, PyMethodDescriptor } from './objects/function.js';
import { strType } from './objects/str.js';
import { typeOf } from './ops/typeof.js';

/** RESUMEs and backward jumps before CPython 3.11 quickens a code object (QUICKENING_WARMUP_DELAY). */
export const WARMUP = 8;

/** The builtins module's functions CPython 3.11 checks only unspecialised (METH_FASTCALL ones, and len). */
export const COLD_LEVEL_BUILTINS: ReadonlySet<string> = new Set(
  'anext breakpoint compile delattr divmod eval exec format getattr hasattr input isinstance issubclass iter len next open pow print round setattr sorted sum'.split(' '),
);

/** Built-in types' METH_FASTCALL methods (CPython 3.11's ml_flags, read through ctypes), and list.append. */
const COLD_LEVEL_METHODS: ReadonlyMap<string, ReadonlySet<string>> = namesByOwner([
  ['bytearray', 'center decode expandtabs hex insert ljust lstrip pop replace rjust rsplit rstrip split splitlines strip translate'],
  ['bytes', 'center decode expandtabs hex ljust lstrip replace rjust rsplit rstrip split splitlines strip translate'],
  ['dict', 'get setdefault pop'],
  ['float', '__round__'],
  ['int', 'to_bytes __round__'],
  ['list', 'insert pop index sort append'],
  ['mappingproxy', 'get'],
  ['str', 'encode replace split rsplit center expandtabs ljust lstrip rjust rstrip splitlines strip'],
  ['tuple', 'index'],
]);

/** Other modules' METH_FASTCALL functions (math's). */
const COLD_LEVEL_FUNCTIONS: ReadonlyMap<string, ReadonlySet<string>> = namesByOwner([
  ['math', 'atan2 comb copysign dist fmod gcd hypot isclose lcm ldexp nextafter perm pow prod remainder'],
]);

/** True for a function of `module` (not builtins) whose call from cold code is a level of its own. */
export function isColdLevelFunction(module: string, name: string): boolean {
  return COLD_LEVEL_FUNCTIONS.get(module)?.has(name) === true;
}

/** True for a built-in type's method whose call from cold code is a level of its own. */
export function isColdLevelMethod(typeName: string, name: string): boolean {
  return COLD_LEVEL_METHODS.get(typeName)?.has(name) === true;
}

/** True while `code` has not had WARMUP calls and backward jumps (nor had its body or loops compiled). */
export function isColdCode(code: Code): boolean {
  return code.fnEntry === undefined && code.jitEntries === null && code.warmth + (code.backJumpsStart - code.jitCountdown) < WARMUP;
}

/**
 * True when the eval loop's call of `callee` (its `argc` positional arguments from
 * stack[at]) from cold code takes a level of recursion that warm code's would not. Natives
 * that may park the run or run a frame of the loop (input, exec) are left as they are.
 */
export function takesColdLevel(callee: PyObject, stack: PyObject[], at: number, argc: number): boolean {
  if (callee instanceof PyBuiltinFunction) {
    if (callee.evalLoopOnly || callee.runsFrame !== null) return false;
    return callee.self === undefined ? callee.coldLevel : callee.descriptor !== null && callee.descriptor.coldLevel;
  }
  if (callee instanceof PyMethodDescriptor) return callee.coldLevel && !callee.evalLoopOnly && argc >= 1 && typeOf(stack[at]).isSubtypeOf(callee.owner);
  return callee === strType && argc === 1;
}
