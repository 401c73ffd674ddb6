// mappingproxy (types.MappingProxyType): the read-only view a class's __dict__ is, and what
// MappingProxyType(mapping) wraps around any mapping (Objects/descrobject.c's mappingproxy).
// Every operation forwards to the mapping; nothing writes through it.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyType, makeNativeType, currentTypeEpoch } from '../objects/type.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import type { KwArgs } from '../objects/function.js';
import { defMethod } from '../objects/function.js';
import { typeError, keyError } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';
import { repr, str, len } from '../ops/convert.js';
import { richCompare } from '../ops/compare.js';
import { binaryOp, BinOp } from '../ops/arith.js';
import { getItem, contains, getIter } from '../ops/sequence.js';
import { getAttr } from '../ops/attribute.js';
import { call } from '../ops/call.js';
import { Cmp } from '../opcodes.js';
import { checkArgCount, noArgs, parseArgs } from './args.js';
import { defNew } from './object.js';
import { defClassGetItem, wrapperCheck } from './list.js';
import type { VM } from '../vm.js';

export const mappingproxyType = makeNativeType('mappingproxy', undefined, { final: true, allocate: null });

export class PyMappingProxy extends PyObj {
  /** The class whose dict this is (a live view of its typeDict), or null for a wrapped mapping. */
  private readonly owner: PyType | null;
  private readonly wrapped: PyObject;
  private constructor(owner: PyType | null, wrapped: PyObject) {
    super(mappingproxyType);
    this.owner = owner;
    this.wrapped = wrapped;
  }

  /** `cls.__dict__`: reads see the class's attributes as they are when read. */
  static ofType(t: PyType): PyMappingProxy {
    return new PyMappingProxy(t, None);
  }

  /** `MappingProxyType(mapping)`. */
  static ofMapping(m: PyObject): PyMappingProxy {
    return new PyMappingProxy(null, m);
  }

  /**
   * The mapping operations forward to. A class keeps its attributes in a Map, not a dict:
   * it gets a dict copy, remade whenever any type dict changed (the type epoch moved) or
   * this class's own did (its dictVersion moved).
   * DIVERGENCE: views (keys(), items()...) of a class's __dict__ are of that copy, not live.
   */
  mapping(): PyObject {
    const owner = this.owner;
    if (owner === null) return this.wrapped;
    const epoch = currentTypeEpoch();
    // Kept on the class, so every `cls.__dict__` proxy reads one copy until the class changes.
    let copy = owner.dictCopy;
    if (copy === null || copy.epoch !== epoch || copy.version !== owner.dictVersion) {
      const d = new PyDict();
      for (const [k, v] of owner.typeDict) d.setStr(k, v);
      copy = owner.dictCopy = { dict: d, epoch, version: owner.dictVersion };
    }
    return copy.dict;
  }

  /** A class attribute read straight from the type (no copy); undefined for anything else. */
  ownerLookup(key: PyObject): PyObject | undefined | null {
    if (this.owner === null) return null;
    return typeof key === 'string' ? this.owner.typeDict.get(key) : undefined;
  }
}

function self(args: PyObject[]): PyMappingProxy {
  const p = args[0];
  if (!(p instanceof PyMappingProxy)) throw typeError(`descriptor requires a 'mappingproxy' object but received a '${typeOf(p).tpName}'`);
  return p;
}

function callMethod(vm: VM, o: PyObject, name: string, args: PyObject[]): PyObject {
  return call(vm, getAttr(vm, o, name), args);
}

/** mappingproxy_check_mapping: anything subscriptable except a list or a tuple. */
function checkMapping(m: PyObject): void {
  const isMapping = typeOf(m).lookup('__getitem__') !== undefined && !(m instanceof PyList) && !(m instanceof PyTuple);
  if (!isMapping) throw typeError(`mappingproxy() argument must be a mapping, not ${typeOf(m).tpName}`);
}

let installed = false;

export function installMappingproxyMethods(): void {
  if (installed) return;
  installed = true;
  const t = mappingproxyType;
  defNew(t, (_vm, args, kwargs) => {
    const [m] = parseArgs('mappingproxy', args, kwargs, { names: ['mapping'], required: 1 });
    checkMapping(m!);
    return PyMappingProxy.ofMapping(m!);
  });
  defMethod(t, '__repr__', (vm, args) => `mappingproxy(${repr(vm, self(args).mapping())})`);
  defMethod(t, '__str__', (vm, args) => str(vm, self(args).mapping()));
  defMethod(t, '__len__', (vm, args) => len(vm, self(args).mapping()));
  defMethod(t, '__getitem__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'mappingproxy.__getitem__');
    const p = self(args);
    const v = p.ownerLookup(args[1]);
    if (v === null) return getItem(vm, p.mapping(), args[1]);
    if (v === undefined) throw keyError(args[1]);
    return v;
  });
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'mappingproxy.__contains__');
    const p = self(args);
    const v = p.ownerLookup(args[1]);
    return v === null ? contains(vm, p.mapping(), args[1]) : v !== undefined;
  });
  defMethod(t, '__iter__', (vm, args) => getIter(vm, self(args).mapping()));
  defMethod(t, '__reversed__', (vm, args, kwargs) => {
    noArgs('mappingproxy.__reversed__', args, kwargs);
    return callMethod(vm, self(args).mapping(), '__reversed__', []);
  });
  t.setAttr('__hash__', None);
  const cmps: [string, Cmp][] = [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]];
  for (const [name, op] of cmps) {
    defMethod(t, name, (vm, args, kwargs) => {
      wrapperCheck(args, 1, kwargs, `mappingproxy.${name}`);
      return richCompare(vm, self(args).mapping(), args[1], op);
    });
  }
  // `proxy | other` is `mapping | other`, with either side unwrapped when it is a proxy.
  const unwrap = (o: PyObject): PyObject => (o instanceof PyMappingProxy ? o.mapping() : o);
  defMethod(t, '__or__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'mappingproxy.__or__');
    return binaryOp(vm, unwrap(args[0]), unwrap(args[1]), BinOp.OR);
  });
  defMethod(t, '__ror__', (vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'mappingproxy.__ror__');
    return binaryOp(vm, unwrap(args[1]), unwrap(args[0]), BinOp.OR);
  });
  defMethod(t, '__ior__', (_vm, args, kwargs) => {
    wrapperCheck(args, 1, kwargs, 'mappingproxy.__ior__');
    throw typeError(`'|=' is not supported by mappingproxy; use '|' instead`);
  });
  defMethod(t, 'get', (vm, args: PyObject[], kwargs: KwArgs | null) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('mappingproxy.get() takes no keyword arguments');
    checkArgCount('get', args, 1, 2);
    const p = self(args);
    const dflt = args.length > 2 ? args[2] : None;
    const v = p.ownerLookup(args[1]);
    if (v === null) return callMethod(vm, p.mapping(), 'get', [args[1], dflt]);
    return v ?? dflt;
  });
  for (const name of ['keys', 'values', 'items', 'copy']) {
    defMethod(t, name, (vm, args, kwargs) => {
      noArgs(`mappingproxy.${name}`, args, kwargs);
      return callMethod(vm, self(args).mapping(), name, []);
    });
  }
  defClassGetItem(t);
}
