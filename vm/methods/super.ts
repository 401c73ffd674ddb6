// The super type: super(type, obj) and zero-argument super() through the calling frame's __class__ cell.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyType, makeNativeType, typeType } from '../objects/type.js';
import { PyStaticMethod, PyBuiltinFunction, PyFunction, PyMethodDescriptor, defMethod } from '../objects/function.js';
import { PyCell } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { typeError, runtimeError } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';
import { call, callSpecialMethod } from '../ops/call.js';
import { bindDescriptor, attributeErrorFor, objectGetAttribute, getAttrOpt } from '../ops/attribute.js';
import type { VM } from '../vm.js';
import { checkArgCount, noKwargs } from './args.js';
import { defReadonlyMember } from '../objects/slots.js';

export const superType = makeNativeType('super');

export class PySuper extends PyObj {
  constructor(
    /** The class whose successors in the MRO are searched. */
    readonly thisType: PyType,
    /** The bound object (an instance, or a class for classmethods); undefined for unbound super. */
    readonly obj: PyObject | undefined,
    readonly objType: PyType | undefined,
    cls: PyType = superType,
  ) {
    super(cls);
  }
}

/** super(type, obj): obj must be an instance or subclass of type (supercheck). */
function superCheck(vm: VM, t: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(t)) return obj;
  const ot = typeOf(obj);
  if (ot.isSubtypeOf(t)) return ot;
  // The slow way: a proxy whose __class__ claims a subclass of t.
  const claimed = getAttrOpt(vm, obj, '__class__');
  if (claimed instanceof PyType && claimed !== ot && claimed.isSubtypeOf(t)) return claimed;
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

/** super(...) made as an instance of `cls` (super, or a subclass of it). */
function newSuper(vm: VM, args: PyObject[], cls: PyType = superType): PySuper {
  if (args.length === 0) {
    const s = zeroArgSuper(vm);
    return cls === superType ? s : new PySuper(s.thisType, s.obj, s.objType, cls);
  }
  const t = args[0];
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(t).tpName}`);
  if (args.length === 1) return new PySuper(t, undefined, undefined, cls);
  return new PySuper(t, args[1], superCheck(vm, t, args[1]), cls);
}

/** super() inside a method: the first argument of the calling frame and its __class__ cell. */
function zeroArgSuper(vm: VM): PySuper {
  const f = vm.frame;
  if (f === null) throw runtimeError('super(): no current frame');
  const code = f.f_code;
  if (code.co_argcount === 0) throw runtimeError('super(): no arguments');
  // A generator's compiled body (vm/jit_gen.ts) runs with its locals in the saved slots, not on
  // the value stack (frameLocals reads them the same way).
  let obj: PyObject | undefined = f.saved !== null ? f.saved[0] : vm.stack[f.base];
  const cellIndex = code.cell2arg !== null ? code.cell2arg.indexOf(0) : -1;
  if (cellIndex >= 0) obj = f.cells![cellIndex].ref;
  if (obj === undefined) throw runtimeError('super(): arg[0] deleted');
  const i = code.co_freevars.indexOf('__class__');
  if (i < 0) throw runtimeError('super(): __class__ cell not found');
  const cell = f.cells![code.co_cellvars.length + i] as PyCell;
  const t = cell.ref;
  if (t === undefined) throw runtimeError('super(): empty __class__ cell');
  if (!(t instanceof PyType)) throw runtimeError('super(): __class__ is not a type');
  return new PySuper(t, obj, superCheck(vm, t, obj));
}

const superNew = new PyBuiltinFunction('__new__', (vm, args, kwargs) => {
  // super_vectorcall's checks, before any argument is looked at.
  noKwargs('super', kwargs);
  checkArgCount('super()', args, 0, 2);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`super.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
  if (!cls.isSubtypeOf(superType)) throw typeError(`super.__new__(${cls.name}): ${cls.name} is not a subtype of super`);
  return newSuper(vm, args.slice(1), cls);
});
superNew.newOf = superType;
superType.setAttr('__new__', new PyStaticMethod(superNew));
defMethod(superType, '__init__', () => None);
// READONLY members, as CPython's (super's getattro answers them first; these make them
// visible in super.__dict__ and make assigning them fail with "readonly attribute").
defReadonlyMember(superType, '__thisclass__', (vm, o) => (o as PySuper).thisType);
defReadonlyMember(superType, '__self__', (vm, o) => (o as PySuper).obj ?? None);
defReadonlyMember(superType, '__self_class__', (vm, o) => (o as PySuper).objType ?? None);
defMethod(superType, '__repr__', (vm, args) => {
  const s = args[0] as PySuper;
  return s.objType !== undefined
    ? `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`
    : `<super: <class '${s.thisType.name}'>, NULL>`;
});

// super.__get__: an unbound super(T) bound to an instance, as a class attribute is
// (super_descr_get); a subclass of super is called to make the bound one.
function superDescrGet(vm: VM, s: PySuper, obj: PyObject | undefined): PyObject {
  if (obj === undefined || obj === None || s.obj !== undefined) return s;
  if (s.cls !== superType) return call(vm, s.cls, [s.thisType, obj]);
  return new PySuper(s.thisType, obj, superCheck(vm, s.thisType, obj));
}
defMethod(superType, '__get__', (vm, args) => {
  checkArgCount('', args, 1, 2);
  return superDescrGet(vm, args[0] as PySuper, args[1]);
});
superType.descrGet = (vm, s, obj) => superDescrGet(vm, s as PySuper, obj);

// super(): what super.__new__ makes of no argument (super.__init__ does nothing), for a
// call without an argument array (ops/call.ts callFixed: compiled code's `super().m()`).
superType.call0 = zeroArgSuper;
// super(T, obj) likewise (`super(E, self).__init__(msg)`).
superType.call2 = (vm, t, obj) => newSuper(vm, [t, obj]);

// LOAD_METHOD on a super object bound to an instance: a function or built-in method found
// after __thisclass__ in the MRO, with the instance as self (what getattro would bind).
superType.methodo = ((vm: VM, o: PyObject, name: string): [PyObject, PyObject] | undefined => {
  const s = o as PySuper;
  if (s.objType === undefined || s.obj === undefined || s.obj === s.objType || name === '__class__') return undefined;
  const mro = s.objType.mro;
  for (let i = mro.indexOf(s.thisType) + 1; i > 0 && i < mro.length; i++) {
    const v = mro[i].typeDict.get(name);
    if (v !== undefined) return v instanceof PyFunction || v instanceof PyMethodDescriptor ? [v, s.obj] : undefined;
  }
  return undefined;
}) as never;

superType.getattro = ((vm: VM, o: PyObject, name: string): PyObject | undefined => {
  const s = o as PySuper;
  if (s.objType !== undefined && name !== '__class__') {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType) + 1;
    for (; i > 0 && i < mro.length; i++) {
      const v = mro[i].typeDict.get(name);
      if (v !== undefined) {
        // An instance binds methods to itself; a class (classmethod context) gets them unbound.
        const obj = s.obj === s.objType ? undefined : s.obj;
        return bindDescriptor(vm, v, obj, s.objType);
      }
    }
  }
  const cls = typeOf(o);
  // An instance of a subclass of super has the generic rest: its class's attributes, its dict.
  if (cls !== superType) return callSpecialMethod(vm, o, objectGetAttribute()!, [name]);
  if (name === '__class__') return superType;
  // super's own attributes (__thisclass__, __get__, __repr__, object's methods), as PyObject_GenericGetAttr finds them.
  const own = superType.lookup(name);
  if (own !== undefined) return bindDescriptor(vm, own, o, superType);
  throw attributeErrorFor(o, name);
}) as never;

// super.__getattribute__ (super_getattro): what a subclass of super inherits, so its instances
// search the MRO after __thisclass__ as super's own do.
defMethod(superType, '__getattribute__', (vm, args) => {
  checkArgCount('__getattribute__', args, 1, 1);
  const name = args[1];
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeOf(name).tpName}'`);
  return superType.getattro!(vm as never, args[0], name)!;
});

export { typeType };
