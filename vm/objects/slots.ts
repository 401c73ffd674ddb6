// __slots__: member descriptors (`<member 'x' of 'P' objects>`) and the per-instance storage they read and write.
//
// A class with __slots__ gives each name a member descriptor holding an index into the
// instance's slot array; indices continue those of the base class, so a subclass's
// instances keep the base's slots at the same places (CPython's tp_members offsets).
// Instances of plain classes keep the array on PyInstance; instances with a native
// layout (a slotted subclass of list or Exception) keep it in a side table.

import type { PyObject } from './object.js';
import { PyInstance, PyObj } from './object.js';
import { PyType, makeNativeType } from './type.js';
import { PyGetSet } from './function.js';
import { attributeError, typeError } from './exceptions.js';

export const memberDescriptorType = makeNativeType('member_descriptor', undefined, { final: true });

/** Slot arrays of instances that are not PyInstance. */
const sideSlots = new WeakMap<PyObj, (PyObject | undefined)[]>();

function slotArray(o: PyObject): (PyObject | undefined)[] | undefined {
  if (o instanceof PyInstance) return (o.slots ??= []);
  if (typeof o !== 'object') return undefined;
  let a = sideSlots.get(o);
  if (a === undefined) sideSlots.set(o, (a = []));
  return a;
}

/** The error CPython raises for a slot not set yet (or an object of the wrong type). */
type MissingSlot = (o: PyObject, name: string) => PyObject;

/** A member descriptor: a getset descriptor whose getter and setter read the instance's slot `index`. */
export class PyMemberDescr extends PyGetSet {
  constructor(name: string, owner: PyType, readonly index: number, missing: MissingSlot) {
    super(
      name,
      owner,
      (vm, o) => {
        checkOwner(o, name, owner);
        const v = slotArray(o)?.[index];
        if (v === undefined) throw missing(o, name);
        return v;
      },
      (vm, o, value) => {
        checkOwner(o, name, owner);
        const a = slotArray(o)!;
        // Deleting an empty slot: AttributeError carrying only the name, as CPython 3.11.
        if (value === undefined && a[index] === undefined) throw attributeError(name);
        a[index] = value;
      },
    );
    this.cls = memberDescriptorType;
  }
}

function checkOwner(o: PyObject, name: string, owner: PyType): void {
  const t = typeof o === 'object' ? o.cls : null;
  if (t === owner) return;
  if (t === null || !t.isSubtypeOf(owner)) {
    const tn = typeof o === 'object' ? o.cls.name : typeof o === 'string' ? 'str' : typeof o === 'boolean' ? 'bool' : 'int';
    throw typeError(`descriptor '${name}' for '${owner.tpName}' objects doesn't apply to a '${tn}' object`);
  }
}

/**
 * A READONLY member of a native type (a PyMemberDef entry such as method.__func__ or
 * slice.start): a member_descriptor whose assignment and deletion raise CPython's
 * "readonly attribute" (a getset without a setter says "... is not writable" instead).
 */
export function defReadonlyMember(t: PyType, name: string, get: PyGetSet['get']): void {
  const d = new PyGetSet(name, t, get, () => {
    throw attributeError('readonly attribute');
  });
  d.cls = memberDescriptorType;
  t.setAttr(name, d);
}
