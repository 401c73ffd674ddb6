// Whether a dict subclass (defaultdict, Counter, a class of the program's own) indexes as
// dict itself does, so that compiled code may take the built-in dict's fast paths for it.
//
// Its class's `__getitem__` (or `__setitem__`, `__contains__`) is then dict's own method, the one getItem and
// setItem would call through its fixed-arity entry: a str or int key found in (or stored
// into) the dict's table runs no tpy code either way. A miss still goes to getItem, which
// calls the class's `__missing__`. Looked up each time (type.lookup caches it against the
// type epoch), so a class given its own `__getitem__` later is seen at once.

import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { dictType } from '../objects/dict.js';

let dictGetItem: PyObject | undefined;
let dictSetItem: PyObject | undefined;
let dictContains: PyObject | undefined;

/** True when `cls` (a dict subclass) finds dict's own __getitem__. */
export function getsItemsAsDict(cls: PyType): boolean {
  dictGetItem ??= dictType.typeDict.get('__getitem__');
  return cls.lookup('__getitem__') === dictGetItem;
}

/** True when `cls` (a dict subclass) finds dict's own __setitem__. */
export function setsItemsAsDict(cls: PyType): boolean {
  dictSetItem ??= dictType.typeDict.get('__setitem__');
  return cls.lookup('__setitem__') === dictSetItem;
}

/** True when `cls` (a dict subclass) finds dict's own __contains__. */
export function containsAsDict(cls: PyType): boolean {
  dictContains ??= dictType.typeDict.get('__contains__');
  return cls.lookup('__contains__') === dictContains;
}
