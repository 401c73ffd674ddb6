// The operator module: the operators as functions, and itemgetter/attrgetter/methodcaller (Modules/_operator.c).
//
// Native so that sort keys and reduce() steps cost one built-in call, as in CPython.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { builtin, defMethod, KwArgs, NativeFn, PyMethodDescriptor } from '../vm/objects/function.js';
import { None, NotImplemented } from '../vm/objects/singletons.js';
import { newTuple } from '../vm/objects/tuple.js';
import { typeError, valueError, PyBaseException, TypeError as TypeErrorType } from '../vm/objects/exceptions.js';
import { typeName, typeOf } from '../vm/ops/typeof.js';
import { index, repr, truthy, len } from '../vm/ops/convert.js';
import { call, callSpecialMethod } from '../vm/ops/call.js';
import { importModule } from '../vm/import.js';
import { getItem, setItem, delItem, contains, getIter, iterNext } from '../vm/ops/sequence.js';
import { lengthHint } from '../vm/ops/length_hint.js';
import { binaryOp, binaryDunder, binaryTypeError, inplaceOp, BinOp, negate, positive, invert } from '../vm/ops/arith.js';
import { richCompare, pyEq } from '../vm/ops/compare.js';
import { getAttr } from '../vm/ops/attribute.js';
import { Cmp } from '../vm/opcodes.js';
import { checkArgCount, noKwargs, oneArg } from '../vm/methods/args.js';
import { defNew } from '../vm/methods/object.js';
import { reprGuard } from '../vm/methods/repr_guard.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { PyList } from '../vm/objects/list.js';

const itemgetterType = makeNativeType('operator.itemgetter', undefined, { allocate: null });
const attrgetterType = makeNativeType('operator.attrgetter', undefined, { allocate: null });
const methodcallerType = makeNativeType('operator.methodcaller', undefined, { allocate: null });

class PyItemGetter extends PyObj {
  constructor(cls: PyType, readonly items: PyObject[]) {
    super(cls);
  }
}

class PyAttrGetter extends PyObj {
  /** Each attribute name split at its dots ('a.b' -> ['a', 'b']). */
  constructor(cls: PyType, readonly names: string[], readonly paths: string[][]) {
    super(cls);
  }
}

class PyMethodCaller extends PyObj {
  constructor(cls: PyType, readonly name: string, readonly args: PyObject[], readonly kwargs: KwArgs | null) {
    super(cls);
  }
}

/**
 * A function taking exactly `n` positional arguments: "add expected 2 arguments, got 1", or
 * for one (CPython's METH_O) "_operator.neg() takes exactly one argument (0 given)".
 */
function fixed(name: string, n: number, body: (vm: VM, a: PyObject[]) => PyObject): NativeFn {
  const qualified = `_operator.${name}`;
  return (vm, args, kwargs) => {
    if (n === 1) oneArg(qualified, args, kwargs, 0);
    noKwargs(qualified, kwargs);
    checkArgCount(name, args, n, n, 0);
    return body(vm, args);
  };
}

const BINARY: [string, BinOp][] = [
  ['add', BinOp.ADD], ['sub', BinOp.SUB], ['mul', BinOp.MUL], ['matmul', BinOp.MATMUL],
  ['truediv', BinOp.TRUEDIV], ['floordiv', BinOp.FLOORDIV], ['mod', BinOp.MOD], ['pow', BinOp.POW],
  ['lshift', BinOp.LSHIFT], ['rshift', BinOp.RSHIFT], ['and_', BinOp.AND], ['xor', BinOp.XOR], ['or_', BinOp.OR],
];

const COMPARE: [string, Cmp][] = [['lt', Cmp.LT], ['le', Cmp.LE], ['eq', Cmp.EQ], ['ne', Cmp.NE], ['ge', Cmp.GE], ['gt', Cmp.GT]];

function isSequence(o: PyObject): boolean {
  if (typeof o === 'string') return true;
  const t = typeOf(o);
  return t.lookup('__getitem__') !== undefined && !(t.lookup('keys') !== undefined && t.lookup('__getitem__') !== undefined && t.lookup('items') !== undefined);
}

/** A built-in sequence's concatenation method (its sq_concat/sq_inplace_concat slot), if `o` has one. */
function concatSlot(o: PyObject, name: string): PyObject | undefined {
  const m = typeOf(o).lookup(name);
  return m instanceof PyMethodDescriptor && m.sequenceSlot ? m : undefined;
}

/**
 * PySequence_Concat / PySequence_InPlaceConcat: the left side's concatenation slot when it
 * has one; else `+` (`+=`) when both sides are sequences; else "can't be concatenated".
 */
function sequenceConcat(vm: VM, a: PyObject, b: PyObject, inplace: boolean): PyObject {
  const slot = (inplace ? concatSlot(a, '__iadd__') : undefined) ?? concatSlot(a, '__add__');
  if (slot !== undefined) {
    // (tpy's sequence methods answer NotImplemented where CPython's sq_concat raises.)
    const r = callSpecialMethod(vm, a, slot, [b]);
    if (r === NotImplemented) throw binaryTypeError(a, b, BinOp.ADD, inplace);
    return r;
  }
  if (isSequence(a) && isSequence(b)) {
    const r = inplace ? inplaceAdd(vm, a, b) : binaryDunder(vm, a, b, '__add__', '__radd__');
    if (r !== NotImplemented) return r;
  }
  throw typeError(`'${typeName(a)}' object can't be concatenated`);
}

/** binary_iop1 for +=: the left side's __iadd__, then __add__/__radd__; NotImplemented when none applies. */
function inplaceAdd(vm: VM, a: PyObject, b: PyObject): PyObject {
  const m = typeOf(a).lookup('__iadd__');
  if (m !== undefined && m !== None) {
    const r = callSpecialMethod(vm, a, m, [b]);
    if (r !== NotImplemented) return r;
  }
  return binaryDunder(vm, a, b, '__add__', '__radd__');
}

function attrPath(vm: VM, o: PyObject, path: string[]): PyObject {
  let v = o;
  for (const name of path) v = getAttr(vm, v, name);
  return v;
}

function functions(vm: VM): [string, NativeFn][] {
  const fns: [string, NativeFn][] = [];
  for (const [name, op] of BINARY) {
    fns.push([name, fixed(name, 2, (vm, a) => binaryOp(vm, a[0], a[1], op))]);
    const iname = 'i' + name.replace(/_$/, '');
    fns.push([iname, fixed(iname, 2, (vm, a) => inplaceOp(vm, a[0], a[1], op))]);
  }
  for (const [name, op] of COMPARE) fns.push([name, fixed(name, 2, (vm, a) => richCompare(vm, a[0], a[1], op))]);
  const abs = vm.builtins.getStr('abs')!;
  fns.push(
    ['abs', fixed('abs', 1, (vm, a) => call(vm, abs, [a[0]]))],
    ['neg', fixed('neg', 1, (vm, a) => negate(vm, a[0]))],
    ['pos', fixed('pos', 1, (vm, a) => positive(vm, a[0]))],
    ['invert', fixed('invert', 1, (vm, a) => invert(vm, a[0]))],
    ['inv', fixed('inv', 1, (vm, a) => invert(vm, a[0]))],
    ['not_', fixed('not_', 1, (vm, a) => !truthy(vm, a[0]))],
    ['truth', fixed('truth', 1, (vm, a) => truthy(vm, a[0]))],
    ['is_', fixed('is_', 2, (_vm, a) => a[0] === a[1])],
    ['is_not', fixed('is_not', 2, (_vm, a) => a[0] !== a[1])],
    ['index', fixed('index', 1, (vm, a) => index(vm, a[0]))],
    ['concat', fixed('concat', 2, (vm, a) => sequenceConcat(vm, a[0], a[1], false))],
    ['iconcat', fixed('iconcat', 2, (vm, a) => sequenceConcat(vm, a[0], a[1], true))],
    ['contains', fixed('contains', 2, (vm, a) => contains(vm, a[0], a[1]))],
    ['countOf', fixed('countOf', 2, (vm, a) => {
      const it = getIter(vm, a[0]);
      let n = 0;
      for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) if (v === a[1] || pyEq(vm, v, a[1])) n++;
      return n;
    })],
    ['indexOf', fixed('indexOf', 2, (vm, a) => {
      const it = getIter(vm, a[0]);
      let i = 0;
      for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it), i++) if (v === a[1] || pyEq(vm, v, a[1])) return i;
      throw valueError('sequence.index(x): x not in sequence');
    })],
    ['getitem', fixed('getitem', 2, (vm, a) => getItem(vm, a[0], a[1]))],
    ['setitem', fixed('setitem', 3, (vm, a) => {
      setItem(vm, a[0], a[1], a[2]);
      return None;
    })],
    ['delitem', fixed('delitem', 2, (vm, a) => {
      delItem(vm, a[0], a[1]);
      return None;
    })],
    ['length_hint', (vm, args, kwargs) => {
      noKwargs('length_hint', kwargs);
      checkArgCount('length_hint', args, 1, 2, 0);
      let dflt = 0;
      if (args.length > 1) {
        if (typeof args[1] !== 'number') throw typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
        dflt = args[1];
      }
      return lengthHint(vm, args[0], dflt);
    }],
    ['call', (vm, args, kwargs) => {
      if (args.length === 0) throw typeError('call() missing 1 required positional argument: \'obj\'');
      return call(vm, args[0], args.slice(1), kwargs);
    }],
  );
  return fns;
}

/** itemgetter(...)(o); its one-argument entry (sort keys call it per item). */
function itemGetterCall(vm: VM, getter: PyObject, o: PyObject): PyObject {
  const g = getter as PyItemGetter;
  if (g.items.length === 1) return getItem(vm, o, g.items[0]);
  return newTuple(g.items.map((k) => getItem(vm, o, k)));
}

/** attrgetter(...)(o), as itemGetterCall. */
function attrGetterCall(vm: VM, getter: PyObject, o: PyObject): PyObject {
  const g = getter as PyAttrGetter;
  if (g.paths.length === 1) return attrPath(vm, o, g.paths[0]);
  return newTuple(g.paths.map((p) => attrPath(vm, o, p)));
}

function installGetterTypes(): void {
  defNew(itemgetterType, (_vm, args, kwargs) => {
    noKwargs('itemgetter', kwargs);
    if (args.length < 2) throw typeError('itemgetter expected 1 argument, got 0');
    return new PyItemGetter(args[0] as PyType, args.slice(1));
  });
  defMethod(itemgetterType, '__call__', (vm, args, kwargs) => {
    noKwargs('itemgetter', kwargs);
    checkArgCount('itemgetter', args, 1, 1);
    return itemGetterCall(vm, args[0], args[1]);
  }, { call2: itemGetterCall });
  defMethod(itemgetterType, '__repr__', (vm, args) => {
    const g = args[0] as PyItemGetter;
    return reprGuard(vm, g, 'operator.itemgetter(...)', () => `operator.itemgetter(${g.items.map((k) => repr(vm, k)).join(', ')})`);
  });
  defMethod(itemgetterType, '__reduce__', (_vm, args) => {
    const g = args[0] as PyItemGetter;
    return newTuple([itemgetterType, newTuple(g.items)]);
  });

  defNew(attrgetterType, (_vm, args, kwargs) => {
    noKwargs('attrgetter', kwargs);
    if (args.length < 2) throw typeError('attrgetter expected 1 argument, got 0');
    const names: string[] = [];
    for (const a of args.slice(1)) {
      if (typeof a !== 'string') throw typeError('attribute name must be a string');
      names.push(a);
    }
    return new PyAttrGetter(args[0] as PyType, names, names.map((n) => n.split('.')));
  });
  defMethod(attrgetterType, '__call__', (vm, args, kwargs) => {
    noKwargs('attrgetter', kwargs);
    checkArgCount('attrgetter', args, 1, 1);
    return attrGetterCall(vm, args[0], args[1]);
  }, { call2: attrGetterCall });
  defMethod(attrgetterType, '__repr__', (vm, args) => {
    const g = args[0] as PyAttrGetter;
    return `operator.attrgetter(${g.names.map((n) => repr(vm, n)).join(', ')})`;
  });

  defMethod(attrgetterType, '__reduce__', (_vm, args) => {
    const g = args[0] as PyAttrGetter;
    return newTuple([attrgetterType, newTuple(g.names)]);
  });

  defNew(methodcallerType, (_vm, args, kwargs) => {
    if (args.length < 2) throw typeError('methodcaller needs at least one argument, the method name');
    if (typeof args[1] !== 'string') throw typeError('method name must be a string');
    return new PyMethodCaller(args[0] as PyType, args[1], args.slice(2), kwargs === null || kwargs.size === 0 ? null : new Map(kwargs));
  });
  defMethod(methodcallerType, '__call__', (vm, args, kwargs) => {
    noKwargs('methodcaller', kwargs);
    checkArgCount('methodcaller', args, 1, 1);
    const m = args[0] as PyMethodCaller;
    return call(vm, getAttr(vm, args[1], m.name), m.args, m.kwargs);
  });
  defMethod(methodcallerType, '__repr__', (vm, args) => {
    const m = args[0] as PyMethodCaller;
    const parts = [repr(vm, m.name), ...m.args.map((a) => repr(vm, a))];
    if (m.kwargs !== null) for (const [k, v] of m.kwargs) parts.push(`${k}=${repr(vm, v)}`);
    return `operator.methodcaller(${parts.join(', ')})`;
  });
  // Keyword arguments cannot go through a reduce tuple's positional args: they ride in a
  // functools.partial of methodcaller, as CPython's reduce does.
  defMethod(methodcallerType, '__reduce__', (vm, args) => {
    const m = args[0] as PyMethodCaller;
    if (m.kwargs === null) return newTuple([methodcallerType, newTuple([m.name, ...m.args])]);
    const partial = getAttr(vm, importModule(vm, 'functools', null), 'partial');
    return newTuple([call(vm, partial, [methodcallerType, m.name], m.kwargs), newTuple(m.args)]);
  });
}

let installed = false;

export const init_operator: ModuleInit = (vm, m) => {
  if (!installed) {
    installed = true;
    installGetterTypes();
  }
  const d = m.dict;
  for (const [name, fn] of functions(vm)) {
    // As in CPython, the functions come from _operator (pickle names them so).
    const f = builtin(name, fn, '_operator');
    d.setStr(name, f);
    // operator.__add__ and friends are the same functions under dunder names.
    if (!['truth', 'is_', 'is_not', 'countOf', 'indexOf', 'length_hint'].includes(name)) {
      d.setStr(`__${name.replace(/_$/, '')}__`, f);
    }
  }
  d.setStr('itemgetter', itemgetterType);
  d.setStr('attrgetter', attrgetterType);
  d.setStr('methodcaller', methodcallerType);
  // The public names, in CPython's (alphabetical) order.
  const publicNames = [...functions(vm).map(([name]) => name), 'itemgetter', 'attrgetter', 'methodcaller'];
  d.setStr('__all__', new PyList(publicNames.sort()));
};

/** _operator: the same function objects as operator's, so a pickle naming _operator.or_ finds operator.or_. */
export const init__operator: ModuleInit = (vm, m) => {
  const op = importModule(vm, 'operator', null).dict;
  for (const [name] of functions(vm)) m.dict.setStr(name, op.getStr(name)!);
  for (const name of ['itemgetter', 'attrgetter', 'methodcaller']) m.dict.setStr(name, op.getStr(name)!);
};
