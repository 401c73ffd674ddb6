// A code object's location iterators, co_lines() and co_positions() (PEP 626, PEP 657),
// over tpy's own bytecode: the offsets are tpy's, the lines and columns 3.11's.

import type { PyObject } from '../objects/object.js';
import { PyType, makeNativeType } from '../objects/type.js';
import { defMethod } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { newTuple } from '../objects/tuple.js';
import { PyNativeIterator } from '../objects/iterators.js';
import { Code, NO_POSITION_LINE } from '../code.js';
import { Op } from '../opcodes.js';
import { noArgs } from './args.js';
import { defNativeIterator } from './iterators.js';

export const lineIteratorType = makeNativeType('line_iterator', undefined, { allocate: null, final: true });
export const positionsIteratorType = makeNativeType('positions_iterator', undefined, { allocate: null, final: true });

/** Items computed up front: code objects are immutable, so there is nothing to read lazily. */
class PyTupleListIterator extends PyNativeIterator {
  private index = 0;
  constructor(cls: PyType, private readonly items: PyObject[]) {
    super(cls);
  }
  next(): PyObject | undefined {
    return this.index < this.items.length ? this.items[this.index++] : undefined;
  }
}

/** Word indices of `code`, each paired with the word of the instruction it belongs to (EXTENDED_ARG prefixes belong to the one they extend). */
function owningWords(code: Code): Int32Array {
  const n = code.co_code.length >> 1;
  const owner = new Int32Array(n);
  let start = 0;
  for (let w = 0; w < n; w++) {
    if (code.co_code[2 * w] === Op.EXTENDED_ARG) continue;
    for (let k = start; k <= w; k++) owner[k] = w;
    start = w + 1;
  }
  for (let k = start; k < n; k++) owner[k] = k;
  return owner;
}

/**
 * (start, end, line) runs of the bytecode, so that the set of lines a coverage tool
 * collects from them is 3.11's:
 * - 3.11 opens every code object with RESUME on the first line (line 0 for a module);
 *   tpy has no such instruction, so a zero-width range (which PEP 626 allows and tells
 *   readers to skip) carries that line;
 * - an instruction with no line of its own (a shared exit, which 3.11 copies onto the
 *   line of each jump reaching it) takes the line before it, as f_lineno does there;
 * - line None only where 3.11 has none either (except*'s re-raise: Code.hasNoLine).
 */
export function codeLines(code: Code): PyObject[] {
  const out: PyObject[] = [];
  const prologue = code.co_name === '<module>' ? 0 : code.co_firstlineno;
  out.push(newTuple([0, 0, prologue]));
  const owner = owningWords(code);
  const lineOf = (w: number): number => (code.hasNoLine(2 * owner[w]) ? -1 : code.lineAt(2 * owner[w]));
  const n = owner.length;
  let start = 0;
  for (let w = 1; w <= n; w++) {
    if (w < n && lineOf(w) === lineOf(start)) continue;
    const line = lineOf(start);
    out.push(newTuple([2 * start, 2 * w, line >= 0 ? line : None]));
    start = w;
  }
  return out;
}

/** (line, end line, column, end column) of every 2-byte code unit, None where unknown. */
function codePositions(code: Code): PyObject[] {
  const owner = owningWords(code);
  const out: PyObject[] = [];
  for (let w = 0; w < owner.length; w++) {
    const [line, endLine, col, endCol] = code.positionAt(2 * owner[w]);
    const opt = (v: number) => (v < 0 ? None : v);
    out.push(newTuple([line === NO_POSITION_LINE ? None : opt(line), opt(endLine), opt(col), opt(endCol)]));
  }
  return out;
}

export function installCodeLocations(codeType: PyType): void {
  for (const t of [lineIteratorType, positionsIteratorType]) {
    defNativeIterator(t, '');
    t.setAttr('__doc__', None);
  }
  defMethod(codeType, 'co_lines', (vm, args, kwargs) => {
    noArgs('code.co_lines', args, kwargs);
    return new PyTupleListIterator(lineIteratorType, codeLines(args[0] as Code));
  });
  defMethod(codeType, 'co_positions', (vm, args, kwargs) => {
    noArgs('code.co_positions', args, kwargs);
    return new PyTupleListIterator(positionsIteratorType, codePositions(args[0] as Code));
  });
}
