// The loop compiler's instructions (vm/jit.ts): the JavaScript each handled opcode
// becomes, and where control goes after it.
//
// Each snippet is the fast path of the eval loop's case for that opcode (eval.ts), with
// the same type tests, and an exit wherever the eval loop would take its slow path. An
// exit leaves before the instruction, with the operand stack as it was: a snippet tests
// first and assigns after, so the eval loop can run the instruction again from the start.
// Operand stack slot i is the variable s<i>, local i is l<i>; depths are known here.

import type { Code } from './code.js';
import { Op, Cmp, HAVE_ARGUMENT, stackEffect } from './opcodes.js';
import { PyFloat, floatType } from './objects/float.js';
import { PyList } from './objects/list.js';
import { PyTuple, newTuple } from './objects/tuple.js';
import { PyRangeIterator, PyListIterator, PyTupleIterator } from './objects/iterators.js';
import { PyRange } from './objects/range.js';
import { currentTypeEpoch } from './objects/type.js';
import { None } from './objects/singletons.js';
import { NO_BLOCKS, popBlock } from './frame.js';
import { cachedDictGet, cachedDictSet, notShadowed } from './ops/attr_cache.js';
import { powHalf } from './format/libm_pow.js';
import { callFixed } from './ops/call.js';
import { typeOf } from './ops/typeof.js';

/** What compiled code refers to by name (jit.ts passes them to the factory). */
export const jitHelpers = {
  PyFloat, floatType, PyList, PyTuple, newTuple, PyRange, PyRangeIterator, PyListIterator, PyTupleIterator, None,
  NO_BLOCKS, popBlock, currentTypeEpoch, cachedDictGet, cachedDictSet, notShadowed, powHalf, callFixed, typeOf,
};

/** The opcodes compiled loops run; any other instruction is an exit. */
export const OPS_HANDLED = new Set<number>([
  Op.NOP, Op.EXTENDED_ARG, Op.LOAD_FAST, Op.STORE_FAST, Op.LOAD_CONST, Op.POP_TOP, Op.ROT_TWO, Op.ROT_THREE,
  Op.DUP_TOP, Op.DUP_TOP_TWO, Op.UNARY_NEGATIVE, Op.UNARY_NOT,
  Op.BINARY_ADD, Op.INPLACE_ADD, Op.BINARY_SUBTRACT, Op.INPLACE_SUBTRACT, Op.BINARY_MULTIPLY, Op.INPLACE_MULTIPLY,
  Op.BINARY_TRUE_DIVIDE, Op.INPLACE_TRUE_DIVIDE, Op.BINARY_FLOOR_DIVIDE, Op.INPLACE_FLOOR_DIVIDE,
  Op.BINARY_MODULO, Op.INPLACE_MODULO, Op.BINARY_POWER, Op.INPLACE_POWER,
  Op.BINARY_AND, Op.INPLACE_AND, Op.BINARY_OR, Op.INPLACE_OR, Op.BINARY_XOR, Op.INPLACE_XOR,
  Op.BINARY_LSHIFT, Op.INPLACE_LSHIFT, Op.BINARY_RSHIFT, Op.INPLACE_RSHIFT,
  Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.COMPARE_OP,
  Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
  Op.JUMP_FORWARD, Op.JUMP_ABSOLUTE, Op.GET_ITER, Op.FOR_ITER, Op.SETUP_LOOP, Op.POP_BLOCK,
  Op.LOAD_GLOBAL, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.LOAD_DEREF, Op.CALL_FUNCTION, Op.CALL_METHOD,
  Op.UNPACK_SEQUENCE, Op.BUILD_TUPLE, Op.BUILD_LIST,
]);

/** The stack effect of a handled instruction on the edge taken (SETUP_LOOP: its body, never its handler). */
export function stackEffectOf(op: number, arg: number, jumps: boolean): number {
  return stackEffect(op, arg, jumps);
}

/** Where a handled instruction at `pc` can go next: [pc, is a jump]. */
export function successors(op: number, arg: number, pc: number): [number, boolean][] {
  const next = pc + 1;
  switch (op) {
    case Op.JUMP_ABSOLUTE: return [[arg >> 1, true]];
    case Op.JUMP_FORWARD: return [[next + (arg >> 1), true]];
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return [[next, false], [arg >> 1, true]];
    case Op.FOR_ITER: return [[next, false], [next + (arg >> 1), true]];
    default: return [[next, false]];
  }
}

/** Leaves the compiled loop before the instruction at `pc`, with `d` values on the operand stack. */
export function exit(pc: number, d: number): string {
  return `{ pc = ${pc}; xd = ${d}; break loop; }`;
}

/**
 * The attribute cache of the site whose key is `at` holds o's class (AttrCache.find, its
 * first way inline): then `c` and `dict` (o's instance dict) are set; otherwise the exit.
 */
function attrCacheHit(at: number, x: string): string[] {
  return [
    `if (typeof o !== 'object') ${x}`,
    `const c = AC[${at}], dict = o.dict;`,
    `if (c === undefined || dict === null || c.epoch !== currentTypeEpoch()) ${x}`,
    `if (c.classes[0] !== o.cls && c.find(o.cls) < 0) ${x}`,
  ];
}

/** A plain float (not a subclass): what the eval loop's fast paths take. */
const isFloat = (v: string) => `(typeof ${v} === 'object' && ${v}.cls === floatType)`;

/** `v` as a double when it is an int (a JS number) or a plain float; else the exit. */
function asDouble(v: string, out: string, x: string): string[] {
  return [
    `let ${out};`,
    `if (typeof ${v} === 'number') ${out} = ${v};`,
    `else if (${isFloat(v)}) ${out} = ${v}.value;`,
    `else ${x}`,
  ];
}

const JS_OPERATOR: Partial<Record<number, string>> = {
  [Op.BINARY_ADD]: '+', [Op.INPLACE_ADD]: '+', [Op.BINARY_SUBTRACT]: '-', [Op.INPLACE_SUBTRACT]: '-',
  [Op.BINARY_MULTIPLY]: '*', [Op.INPLACE_MULTIPLY]: '*',
};

const COMPARE_OPERATOR: Partial<Record<number, string>> = {
  [Cmp.LT]: '<', [Cmp.LE]: '<=', [Cmp.EQ]: '===', [Cmp.NE]: '!==', [Cmp.GT]: '>', [Cmp.GE]: '>=',
};

/**
 * The JavaScript for the instruction at `pc` with `d` values on the operand stack, as
 * statements; notes the locals it reads and writes.
 */
export function emitInstruction(words: Int32Array, pc: number, d: number, code: Code, reads: Set<number>, writes: Set<number>): string[] {
  const word = words[pc];
  const op = word & 0xff;
  const arg = word >> 8;
  const X = exit(pc, d);
  const s = (i: number) => `s${d + i}`; // s(-1) is the top of the stack
  const jump = (target: number) => `{ pc = ${target}; continue loop; }`;
  // A backward jump counts down the eval loop's check interval as JUMP_ABSOLUTE does there;
  // when it runs out, the compiled loop returns at the jump's target and the eval loop stops.
  // (Returning is also how V8 gets to run a newer, optimised version of the compiled loop.)
  const jumpTo = (target: number, depth: number) =>
    target <= pc ? `{ pc = ${target}; if (--vm.countdown <= 0) { xd = ${depth}; break loop; } continue loop; }` : jump(target);
  const next = pc + 1;
  const out: string[] = [`// ${pc * 2} ${Op[op]}${op >= HAVE_ARGUMENT ? ` ${arg}` : ''}`];
  const block = (lines: string[]) => out.push('{', ...lines.map((l) => `  ${l}`), '}');
  switch (op) {
    case Op.NOP: case Op.EXTENDED_ARG: break;
    case Op.LOAD_FAST:
      reads.add(arg);
      out.push(`if (l${arg} === undefined) ${X}`, `${s(0)} = l${arg};`);
      break;
    case Op.STORE_FAST:
      writes.add(arg);
      out.push(`l${arg} = ${s(-1)};`);
      break;
    case Op.LOAD_CONST: {
      const c = code.co_consts[arg];
      out.push(typeof c === 'number' && Number.isSafeInteger(c) && !Object.is(c, -0) ? `${s(0)} = ${c};` : `${s(0)} = K[${arg}];`);
      break;
    }
    case Op.POP_TOP: break;
    case Op.ROT_TWO: block([`const t = ${s(-1)};`, `${s(-1)} = ${s(-2)};`, `${s(-2)} = t;`]); break;
    case Op.ROT_THREE: block([`const t = ${s(-1)};`, `${s(-1)} = ${s(-2)};`, `${s(-2)} = ${s(-3)};`, `${s(-3)} = t;`]); break;
    case Op.DUP_TOP: out.push(`${s(0)} = ${s(-1)};`); break;
    case Op.DUP_TOP_TWO: out.push(`${s(0)} = ${s(-2)};`, `${s(1)} = ${s(-1)};`); break;
    case Op.UNARY_NEGATIVE:
      block([
        `const a = ${s(-1)};`,
        `if (typeof a === 'number' && a !== 0) ${s(-1)} = -a;`,
        `else if (${isFloat('a')}) ${s(-1)} = new PyFloat(-a.value);`,
        `else ${X}`,
      ]);
      break;
    case Op.UNARY_NOT:
      block([
        `const a = ${s(-1)};`,
        `if (typeof a === 'boolean') ${s(-1)} = !a;`,
        `else if (typeof a === 'number') ${s(-1)} = a === 0;`,
        `else if (a === None) ${s(-1)} = true;`,
        `else ${X}`,
      ]);
      break;
    case Op.BINARY_ADD: case Op.INPLACE_ADD: case Op.BINARY_SUBTRACT: case Op.INPLACE_SUBTRACT:
    case Op.BINARY_MULTIPLY: case Op.INPLACE_MULTIPLY: {
      const o = JS_OPERATOR[op]!;
      const lines = [
        `const a = ${s(-2)}, b = ${s(-1)};`,
        'let r;',
        `if (typeof a === 'number') {`,
        `  if (typeof b === 'number') {`,
        `    r = a ${o} b;`,
        `    if (!Number.isSafeInteger(r)) ${X}`,
        ...(o === '*' ? ['    if (r === 0) r = 0;'] : []),
        `  } else if (${isFloat('b')}) r = new PyFloat(a ${o} b.value);`,
        `  else ${X}`,
        `} else if (${isFloat('a')}) {`,
        `  if (${isFloat('b')}) r = new PyFloat(a.value ${o} b.value);`,
        `  else if (typeof b === 'number') r = new PyFloat(a.value ${o} b);`,
        `  else ${X}`,
        '}',
      ];
      if (o === '+') lines.push(`else if (typeof a === 'string' && typeof b === 'string') r = a + b;`);
      lines.push(`else ${X}`, `${s(-2)} = r;`);
      block(lines);
      break;
    }
    case Op.BINARY_TRUE_DIVIDE: case Op.INPLACE_TRUE_DIVIDE:
      // Safe integers convert to floats exactly, and IEEE division rounds as C's does.
      block([
        `const a = ${s(-2)}, b = ${s(-1)};`,
        ...asDouble('a', 'x', X),
        ...asDouble('b', 'y', X),
        `if (y === 0) ${X}`,
        `${s(-2)} = new PyFloat(x / y);`,
      ]);
      break;
    case Op.BINARY_FLOOR_DIVIDE: case Op.INPLACE_FLOOR_DIVIDE:
      // In int32 range the rounded quotient cannot cross an integer, so floor() is exact.
      block([
        `const a = ${s(-2)}, b = ${s(-1)};`,
        `if (typeof a !== 'number' || typeof b !== 'number' || (a | 0) !== a || (b | 0) !== b || b === 0) ${X}`,
        'const r = Math.floor(a / b);',
        `${s(-2)} = r === 0 ? 0 : r;`,
      ]);
      break;
    case Op.BINARY_MODULO: case Op.INPLACE_MODULO:
      // JS % is exact on safe integers; Python's result takes the sign of the divisor.
      block([
        `const a = ${s(-2)}, b = ${s(-1)};`,
        `if (typeof a !== 'number' || typeof b !== 'number' || b === 0) ${X}`,
        'let r = a % b;',
        'if (r !== 0 && (r < 0) !== (b < 0)) r += b;',
        `${s(-2)} = r === 0 ? 0 : r;`,
      ]);
      break;
    case Op.BINARY_POWER: case Op.INPLACE_POWER:
      // Only a positive finite float to the power 0.5, which float_pow takes to powHalf.
      block([
        `const a = ${s(-2)}, b = ${s(-1)};`,
        `if (!${isFloat('a')} || !${isFloat('b')} || b.value !== 0.5 || !(a.value > 0 && a.value < Infinity)) ${X}`,
        `${s(-2)} = new PyFloat(powHalf(a.value));`,
      ]);
      break;
    case Op.BINARY_AND: case Op.INPLACE_AND: case Op.BINARY_OR: case Op.INPLACE_OR: case Op.BINARY_XOR: case Op.INPLACE_XOR: {
      const o = op === Op.BINARY_AND || op === Op.INPLACE_AND ? '&' : op === Op.BINARY_OR || op === Op.INPLACE_OR ? '|' : '^';
      block([
        `const a = ${s(-2)}, b = ${s(-1)};`,
        `if (typeof a !== 'number' || typeof b !== 'number' || (a | 0) !== a || (b | 0) !== b) ${X}`,
        `${s(-2)} = a ${o} b;`,
      ]);
      break;
    }
    case Op.BINARY_LSHIFT: case Op.INPLACE_LSHIFT: case Op.BINARY_RSHIFT: case Op.INPLACE_RSHIFT: {
      const right = op === Op.BINARY_RSHIFT || op === Op.INPLACE_RSHIFT;
      block([
        `const a = ${s(-2)}, b = ${s(-1)};`,
        `if (typeof a !== 'number' || typeof b !== 'number' || (a | 0) !== a || !(b >= 0 && b < 32)) ${X}`,
        ...(right ? [`${s(-2)} = a >> b;`] : ['const r = a * 2 ** b;', `if (!Number.isSafeInteger(r)) ${X}`, `${s(-2)} = r;`]),
      ]);
      break;
    }
    case Op.BINARY_SUBSCR:
      block([
        `const o = ${s(-2)}, k = ${s(-1)};`,
        `if (!((o instanceof PyList || o instanceof PyTuple) && typeof k === 'number' && k >= 0 && k < o.items.length && !o.cls.isHeapType)) ${X}`,
        `${s(-2)} = o.items[k];`,
      ]);
      break;
    case Op.STORE_SUBSCR:
      block([
        `const k = ${s(-1)}, o = ${s(-2)};`,
        `if (!(o instanceof PyList && typeof k === 'number' && k >= 0 && k < o.items.length && !o.cls.isHeapType)) ${X}`,
        `o.items[k] = ${s(-3)};`,
      ]);
      break;
    case Op.COMPARE_OP: {
      if (arg === Cmp.IS || arg === Cmp.IS_NOT) {
        out.push(`${s(-2)} = ${s(-2)} ${arg === Cmp.IS ? '===' : '!=='} ${s(-1)};`);
        break;
      }
      const o = COMPARE_OPERATOR[arg];
      if (o === undefined) {
        out.push(X);
        break;
      }
      // Safe integers and doubles compare exactly in JS, NaN included; str only for equality.
      const lines = [`const a = ${s(-2)}, b = ${s(-1)};`];
      if (arg === Cmp.EQ || arg === Cmp.NE) lines.push(`if (typeof a === 'string' && typeof b === 'string') ${s(-2)} = a ${o} b;`, 'else {');
      else lines.push('{');
      lines.push(...asDouble('a', 'x', X).map((l) => `  ${l}`), ...asDouble('b', 'y', X).map((l) => `  ${l}`), `  ${s(-2)} = x ${o} y;`, '}');
      block(lines);
      break;
    }
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
      // The truth of bools, ints and None here; anything else (__bool__, __len__) is the eval loop's.
      const whenTrue = op === Op.POP_JUMP_IF_TRUE || op === Op.JUMP_IF_TRUE_OR_POP;
      const pops = op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE;
      const target = arg >> 1;
      block([
        `const v = ${s(-1)};`,
        'let t;',
        `if (typeof v === 'boolean') t = v;`,
        `else if (typeof v === 'number') t = v !== 0;`,
        `else if (v === None) t = false;`,
        `else ${X}`,
        `if (${whenTrue ? 't' : '!t'}) ${jumpTo(target, pops ? d - 1 : d)}`,
      ]);
      break;
    }
    case Op.JUMP_FORWARD: out.push(jump(next + (arg >> 1))); break;
    case Op.JUMP_ABSOLUTE: out.push(jumpTo(arg >> 1, d)); break;
    case Op.GET_ITER:
      // iter() of a built-in list, tuple or range (getIter's first cases).
      block([
        `const o = ${s(-1)};`,
        `if (typeof o !== 'object' || o.cls.isHeapType) ${X}`,
        `if (o instanceof PyList) ${s(-1)} = new PyListIterator(o);`,
        `else if (o instanceof PyTuple) ${s(-1)} = new PyTupleIterator(o);`,
        `else if (o instanceof PyRange) ${s(-1)} = new PyRangeIterator(o);`,
        `else ${X}`,
      ]);
      break;
    case Op.FOR_ITER:
      block([
        `const it = ${s(-1)};`,
        'let v;',
        'if (it instanceof PyRangeIterator) v = it.index < it.length ? it.range.start + it.range.step * it.index++ : undefined;',
        'else if (it instanceof PyListIterator) {',
        '  const l = it.list;',
        '  v = l !== null && it.index < l.items.length ? l.items[it.index++] : undefined;',
        '} else if (it instanceof PyTupleIterator) v = it.index < it.tuple.items.length ? it.tuple.items[it.index++] : undefined;',
        `else ${X}`,
        `if (v === undefined) ${jump(next + (arg >> 1))}`,
        `${s(0)} = v;`,
      ]);
      break;
    case Op.SETUP_LOOP:
      // As the eval loop: the handler as a word index, the level relative to the frame's base.
      out.push('if (f.blocks === NO_BLOCKS) f.blocks = [];', `f.blocks.push(${Op.SETUP_LOOP}, ${next + (arg >> 1)}, ${code.co_nlocals + d});`);
      break;
    case Op.POP_BLOCK: out.push('popBlock(f.blocks);'); break;
    case Op.LOAD_GLOBAL:
      block([
        `const c = GC[${arg}];`,
        `if (c === undefined || c.globalsVersion !== f.f_globals.version || c.builtinsVersion !== f.f_builtins.version) ${X}`,
        `${s(0)} = c.value;`,
      ]);
      break;
    case Op.LOAD_ATTR:
      // The inline cache's instance-dict read (ops/attr_cache.ts: find, cachedDictGet), keyed
      // by the word after the instruction, written out here so that V8 need not inline them.
      block([
        `const o = ${s(-1)};`,
        ...attrCacheHit(next, X),
        'const keys = dict.shared;',
        'let v;',
        'if (keys !== null && keys === c.keys) {',
        '  const vals = dict.vals, i = c.idx;',
        '  v = i < vals.length ? vals[i] : undefined;',
        `} else v = cachedDictGet(c, dict, N[${arg}]);`,
        `if (v === undefined) ${X}`,
        `${s(-1)} = v;`,
      ]);
      break;
    case Op.STORE_ATTR:
      block([
        `const o = ${s(-1)}, v = ${s(-2)};`,
        ...attrCacheHit(next, X),
        'const keys = dict.shared;',
        `if (keys === null || keys !== c.keys || !dict.setSplitValue(c.idx, v)) cachedDictSet(c, dict, N[${arg}], v);`,
      ]);
      break;
    case Op.LOAD_METHOD:
      // The eval loop's cached method lookup: [method, self] for a plain method of the class.
      block([
        `const o = ${s(-1)}, c = AC[${next}];`,
        `if (c === undefined) ${X}`,
        'const k = c.find(typeOf(o));',
        `if (k < 0 || !(typeof o !== 'object' || o.dict === null || notShadowed(c, o.dict, N[${arg}]))) ${X}`,
        `${s(-1)} = c.values[k];`,
        `${s(0)} = o;`,
      ]);
      break;
    case Op.CALL_FUNCTION: case Op.CALL_METHOD: {
      // A native with a fixed-arity entry is called from here, as the eval loop calls it (the
      // frame's pc, sp and locals written back first: the native may look at them, or raise
      // from there, see jit.ts's catch). Anything else (a tpy function) is an exit.
      const method = op === Op.CALL_METHOD;
      const low = method ? d - arg - 2 : d - arg - 1; // the callable (CALL_METHOD: the method or NULL)
      const lines: string[] = [];
      for (let i = low; i < d; i++) lines.push(`stack[S + ${i}] = s${i};`);
      for (const i of [...writes].sort((a, b) => a - b)) lines.push(`stack[base + ${i}] = l${i};`);
      lines.push(`f.sp = S + ${d}; f.pc = ${next};`, `pc = ${pc}; xd = ${d};`);
      if (method) {
        // [method, self, args...], or [NULL, callable, args...] when LOAD_METHOD found no method.
        lines.push(
          `const r = s${low} === undefined ? callFixed(vm, s${low + 1}, stack, S + ${low + 2}, ${arg}) : callFixed(vm, s${low}, stack, S + ${low + 1}, ${arg + 1});`,
        );
      } else lines.push(`const r = callFixed(vm, s${low}, stack, S + ${low + 1}, ${arg});`);
      lines.push(
        'if (r === undefined) break loop;',
        `s${low} = r;`,
        `if (vm.hooked) { pc = ${next}; xd = ${low + 1}; break loop; } // the native set a hook: the eval loop goes on`,
      );
      block(lines);
      break;
    }
    case Op.LOAD_DEREF:
      block([`const v = f.cells[${arg}].ref;`, `if (v === undefined) ${X}`, `${s(0)} = v;`]);
      break;
    case Op.UNPACK_SEQUENCE:
      block([
        `const q = ${s(-1)};`,
        `if (!((q instanceof PyTuple || q instanceof PyList) && !q.cls.isHeapType && q.items.length === ${arg})) ${X}`,
        'const items = q.items;',
        ...Array.from({ length: arg }, (_, i) => `${s(-1 + i)} = items[${arg - 1 - i}];`),
      ]);
      break;
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: {
      const items = `[${Array.from({ length: arg }, (_, i) => s(-arg + i)).join(', ')}]`;
      out.push(`${s(-arg)} = ${op === Op.BUILD_TUPLE ? `newTuple(${items})` : `new PyList(${items})`};`);
      break;
    }
    default:
      out.push(X);
  }
  return out;
}
