// "Did you mean: 'x'?" for uncaught NameError and AttributeError (CPython 3.11's suggestions.c).

import type { PyObject } from './objects/object.js';
import { PyBaseException, NameError, AttributeError } from './objects/exceptions.js';
import { PyList } from './objects/list.js';
import { call } from './ops/call.js';
import type { VM } from './vm.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

/** Levenshtein distance with case-aware substitution costs, giving up past `maxCost`. */
function levenshtein(a0: string, b0: string, maxCost: number): number {
  let a = Buffer.from(a0, 'utf8');
  let b = Buffer.from(b0, 'utf8');
  if (a0 === b0) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  a = a.subarray(start);
  b = b.subarray(start);
  let ea = a.length;
  let eb = b.length;
  while (ea > 0 && eb > 0 && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(0, ea);
  b = b.subarray(0, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 0, t = MOVE_COST; i < a.length; i++, t += MOVE_COST) row.push(t);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function bestMatch(candidates: PyObject[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  const nameSize = Buffer.byteLength(name);
  for (const item of candidates) {
    if (typeof item !== 'string' || item === name) continue;
    let maxDistance = Math.floor((nameSize + Buffer.byteLength(item) + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** The suggested name for an exception raised by the VM, or null. */
export function offerSuggestion(vm: VM, exc: PyBaseException): string | null {
  const name = exc.attrs?.get('name');
  if (typeof name !== 'string') return null;
  try {
    if (exc.cls.isSubtypeOf(AttributeError)) {
      const obj = exc.attrs?.get('obj');
      if (obj === undefined) return null;
      const dir = call(vm, vm.builtins.getStr('dir')!, [obj]);
      return dir instanceof PyList ? bestMatch(dir.items, name) : null;
    }
    if (exc.cls.isSubtypeOf(NameError)) {
      let tb = exc.traceback;
      if (tb === null) return null;
      while (tb.tb_next !== null) tb = tb.tb_next;
      const frame = tb.tb_frame;
      return bestMatch(frame.f_code.co_varnames, name)
        ?? bestMatch([...frame.f_globals.keys()], name)
        ?? bestMatch([...frame.f_builtins.keys()], name);
    }
  } catch {
    return null;
  }
  return null;
}
