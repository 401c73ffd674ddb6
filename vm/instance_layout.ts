// The instance layout a new class's bases must agree on (CPython's best_base / solid_base):
// each base stands for the most derived class on its line whose instances carry state of
// their own (a built-in type's struct, or nonempty __slots__), and those must all lie on one
// line of descent, or class creation fails with "multiple bases have instance lay-out conflict".

import type { PyType } from './objects/type.js';
import { typeError } from './objects/exceptions.js';

/**
 * Built-in exceptions whose CPython struct has fields beyond BaseException's. tpy keeps those
 * fields elsewhere (one allocator serves every exception), so they are named here.
 */
const EXCEPTIONS_WITH_FIELDS = new Set([
  'SystemExit', 'ImportError', 'OSError', 'SyntaxError', 'StopIteration', 'UnicodeError', 'NameError', 'AttributeError',
]);

/** Whether instances of the built-in type `t` carry state its base's instances do not. */
function ownsLayout(t: PyType): boolean {
  const parent = t.bases[0];
  return parent === undefined || t.allocate !== parent.allocate || EXCEPTIONS_WITH_FIELDS.has(t.name);
}

/** solid_base: the class whose layout `t`'s instances have. */
export function solidBase(t: PyType): PyType {
  if (t.isHeapType) {
    let widestBase = 0;
    for (const b of t.bases) if (b.slotCount > widestBase) widestBase = b.slotCount;
    return t.slotCount > widestBase ? t : layoutBase(t.bases);
  }
  let n = t;
  while (!ownsLayout(n)) n = n.bases[0];
  return n;
}

/** best_base's check: the solid bases of `bases` must lie on one line; returns the most derived. */
export function layoutBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  for (const b of bases) {
    const candidate = solidBase(b);
    if (winner === null || candidate.isSubtypeOf(winner)) winner = candidate;
    else if (!winner.isSubtypeOf(candidate)) throw typeError('multiple bases have instance lay-out conflict');
  }
  return winner!;
}
