// Names dir() leaves out of a class's dict: those a library class written in tpy keeps for its
// implementation where CPython's class is a C type, which has none of them (its private
// helpers and slots, `__slots__`, `__weakref__`, `__module__`). The class still has them:
// only the listing skips them (stdlib/c_type_names.ts's as_c_type marks such classes).

import type { PyType } from './objects/type.js';

const hiddenByClass = new WeakMap<PyType, Set<string>>();

/** Marks `cls`'s own implementation names (see above) hidden from dir(), except `keep`. */
export function hideImplementationNames(cls: PyType, keep: ReadonlySet<string>): void {
  const hidden = new Set<string>();
  for (const k of cls.typeDict.keys()) {
    if (keep.has(k)) continue;
    const isDunder = k.startsWith('__') && k.endsWith('__') && k.length > 4;
    if (k === '__module__' || k === '__slots__' || k === '__weakref__' || (k.startsWith('_') && !isDunder)) hidden.add(k);
  }
  if (hidden.size > 0) hiddenByClass.set(cls, hidden);
}

/** The names of `cls`'s own dict dir() leaves out, if any. */
export function dirHiddenNames(cls: PyType): Set<string> | undefined {
  return hiddenByClass.get(cls);
}
