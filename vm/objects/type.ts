// PyType: the type object. Holds the class dict, bases, the C3 MRO and the attribute-lookup cache.

import { noteDelDefined } from '../finalizer_flag.js';
import type { SharedKeys } from './dict.js';
import { PyObj, PyObject } from './object.js';
import type { VM } from '../vm.js';
import type { PyFunction } from './function.js';
import { builtinDoc } from './builtin_docs.js';
import { stampingAllocations, stampAllocation } from '../alloc_stamps.js';

/** Bumped on any change to any type's dict or bases; lookup caches compare against it. */
export let typeEpoch = 0;

/** typeEpoch for code that cannot import the binding (compiled loops, vm/jit_ops.ts). */
export const currentTypeEpoch = (): number => typeEpoch;

/**
 * typeEpoch again, as a field compiled code reads (`TYPE_EPOCH.now`): a load where the
 * function is a call in V8's baseline tier, which a compiled loop runs until TurboFan has
 * it. Every move of typeEpoch is made by bumpTypeEpoch, which keeps the two equal.
 */
export const TYPE_EPOCH = { now: 0 };
// Stored once after it is made: V8 then takes the field as mutable from the start (a field
// it took as constant would throw away the optimised code that read it at its first move).
TYPE_EPOCH.now = typeEpoch;

function bumpTypeEpoch(): void {
  TYPE_EPOCH.now = ++typeEpoch;
}

/** How instances of a type (and of its subclasses) are laid out: the nearest built-in base decides. */
export type NativeNew = (cls: PyType) => PyObj;

/** PyType's lookup cache entry for a name no class of the MRO defines. */
const NOT_FOUND: unique symbol = Symbol('not found');

export class PyType extends PyObj {
  name: string;
  qualname: string;
  module: string;
  /** CPython's tp_name when it differs from __name__: `re.Match` for a C type of a module (makeNativeType). */
  private moduleTypeName: string | null = null;
  bases: PyType[];
  mro: PyType[] = [];
  readonly typeDict = new Map<string, PyObject>();
  /** A user-defined class (a "heap type"): its attributes may be set. */
  isHeapType: boolean;
  /** A heap type standing for a C type (Py_TPFLAGS_IMMUTABLETYPE; `_c_type_names.c_immutable_type`): its attributes may not be set. */
  isImmutable = false;
  /** Allocates an empty instance with this type's layout (null: the type cannot be instantiated this way). */
  allocate: NativeNew | null;
  /** False for types like int, str, float whose values are JS primitives or immutable boxes. */
  hasInstanceDict: boolean;
  /** Subclassing this type is a TypeError ("type 'bool' is not an acceptable base type"). */
  isFinal = false;
  /** How many __slots__ members this type's instances have, its bases' included. */
  slotCount = 0;
  /** The attribute names its instances' split dicts share (created with the first instance dict). */
  sharedKeys: SharedKeys | null = null;
  /** Lookups made: a name the MRO lacks is kept as NOT_FOUND, so that a miss is one Map read too. */
  private cache = new Map<string, PyObject | typeof NOT_FOUND>();
  private cacheEpoch = -1;
  /**
   * What a call of this class runs as its __init__ frame in the eval loop (vm/eval.ts's
   * inlineInit): the tpy __init__, null when the call takes the generic path, for the
   * typeEpoch in inlineInitEpoch. A call then costs no MRO lookups.
   */
  inlineInit: PyFunction | null = null;
  inlineInitEpoch = -1;
  /** For the same typeEpoch: a call of this class with no arguments only allocates (object's __new__ and __init__). */
  allocatesOnly = false;
  /**
   * True for the built-in types CPython 3.11 calls through a vectorcall entry (list, float,
   * range...), whose call takes no recursion level of its own; a call of any other class
   * does (ops/call.ts callType).
   */
  vectorcall = false;
  /**
   * True when a one-argument call takes no level either: str(x), which CPython 3.11's
   * specialized call (PRECALL_NO_KW_STR_1) turns into PyObject_Str at once, in any code
   * that ran it more than a few times.
   */
  specializedCall1 = false;
  /**
   * For the typeEpoch in plainExceptionEpoch: a call of this class is BaseException's
   * __new__ and __init__ (`class E(Exception): pass`), which only allocate and keep the args.
   */
  plainException = false;
  plainExceptionEpoch = -1;
  /**
   * A native type's own attribute lookup (CPython's tp_getattro), used instead of
   * the generic one: super objects, for example. Undefined result means "missing".
   */
  getattro: ((vm: never, o: PyObject, name: string) => PyObject | undefined) | null = null;
  /**
   * With getattro: LOAD_METHOD's lookup, [function, self] for an attribute getattro would
   * bind to self as a method (a super object's `__init__`), so that no bound method is made;
   * undefined: getattro answers.
   */
  methodo: ((vm: never, o: PyObject, name: string) => [PyObject, PyObject] | undefined) | null = null;
  /**
   * A built-in type's own __get__ (CPython's tp_descr_get) for a type bindDescriptor knows no
   * class of: an unbound super object read as a class attribute binds to the instance.
   */
  descrGet: ((vm: VM, descr: PyObject, obj: PyObject | undefined, type: PyType) => PyObject) | null = null;
  /** For a built-in type whose call with no argument reads no argument array (super()): that call. */
  call0: ((vm: VM) => PyObject) | null = null;
  /**
   * For a built-in type whose call with one positional argument is a plain conversion
   * (str(x), type(x)): that call without building an argument array (see FixedArity).
   */
  call1: ((vm: VM, a: PyObject) => PyObject) | null = null;
  /** Likewise with two positional arguments (range(a, b)). */
  call2: ((vm: VM, a: PyObject, b: PyObject) => PyObject) | null = null;
  /** call1's plain entry (function.ts's Plain1): str(i), int(s), with no frame written back. */
  plain1: ((vm: VM, a: PyObject) => PyObject | undefined) | null = null;
  /** A plain entry for two positional arguments: int(s, base). */
  plain2: ((vm: VM, a: PyObject, b: PyObject) => PyObject | undefined) | null = null;
  /**
   * The direct subclasses, held weakly as CPython's tp_subclasses holds them: a class the
   * program drops is not kept alive by its bases (object's list is shared by every VM in the
   * process, so a strong list kept each program's classes, their functions' globals and so
   * the whole VM). Compacted as it grows.
   */
  private subclassRefs: WeakRef<PyType>[] = [];
  /** For a class whose __abstractmethods__ is true: the TypeError's message its instantiation raises (vm/abstract_types.ts). */
  abstractMessage: string | null = null;
  /**
   * Py_TPFLAGS_SEQUENCE or _MAPPING given by ABC.register() (collections.abc.Sequence.register(C)):
   * sequence or mapping patterns then match C's instances and its subclasses' (vm/ops/match.ts).
   */
  registeredCollectionFlag = 0;
  /** Set once an attribute cache of some code remembered this class (vm/ops/attr_cache.ts): changes to it must move typeEpoch. */
  seenByCaches = false;
  /** Moves whenever this class's dict changes without typeEpoch moving (its __dict__ proxies compare it). */
  dictVersion = 0;
  /** The dict copy `cls.__dict__` proxies read (vm/methods/mappingproxy.ts), with the typeEpoch and dictVersion it was made at. */
  dictCopy: { dict: PyObject; epoch: number; version: number } | null = null;
  private subclassRefsLive = 8;

  constructor(metatype: PyType | null, name: string, bases: PyType[], opts: { module?: string; heap?: boolean; allocate?: NativeNew | null; instanceDict?: boolean; qualname?: string } = {}) {
    // The metatype of the bootstrap `type` is patched in after construction.
    super(metatype as PyType);
    this.name = name;
    this.qualname = opts.qualname ?? name;
    this.module = opts.module ?? 'builtins';
    this.bases = bases;
    this.isHeapType = opts.heap ?? false;
    this.allocate = opts.allocate !== undefined ? opts.allocate : (bases[0]?.allocate ?? null);
    this.hasInstanceDict = opts.instanceDict ?? (bases[0]?.hasInstanceDict ?? false);
    // The MRO first: a class whose bases have no consistent order never becomes a subclass.
    this.mro = computeMro(this);
    for (const b of bases) b.addSubclass(this);
    if (stampingAllocations) stampAllocation(this);
  }

  /** The direct subclasses still alive, oldest first (__subclasses__). */
  get subclasses(): PyType[] {
    const live: PyType[] = [];
    for (const r of this.subclassRefs) {
      const t = r.deref();
      if (t !== undefined) live.push(t);
    }
    return live;
  }

  /**
   * Makes `bases` this class's bases (a `__bases__` assignment, checked by the caller): moves
   * it from the old bases' subclass lists to the new ones'. The caller recomputes the MROs.
   */
  replaceBases(bases: PyType[]): void {
    for (const b of this.bases) b.subclassRefs = b.subclassRefs.filter((r) => r.deref() !== this);
    this.bases = bases;
    for (const b of bases) b.addSubclass(this);
    bumpTypeEpoch();
  }

  /**
   * Takes a class off its bases' subclass lists: one whose metaclass's mro() failed, which
   * CPython never adds to them (it works the MRO out before it links the class in).
   */
  detachFromBases(): void {
    for (const b of this.bases) b.subclassRefs = b.subclassRefs.filter((r) => r.deref() !== this);
  }

  private addSubclass(t: PyType): void {
    const refs = this.subclassRefs;
    refs.push(new WeakRef(t));
    if (refs.length > 2 * this.subclassRefsLive) {
      this.subclassRefs = refs.filter((r) => r.deref() !== undefined);
      this.subclassRefsLive = Math.max(8, this.subclassRefs.length);
    }
  }

  /**
   * The name error messages give the type (CPython's tp_name): its __name__, but for a type
   * a module defines natively, qualified by that module (`'collections.deque' object ...`).
   */
  get tpName(): string {
    return this.moduleTypeName ?? this.name;
  }

  /** Makes tp_name `module.name`, as for a C type of that module. */
  nameAsModuleType(): this {
    // A class's current __module__: a library class may stand for a C type of another module (posix.DirEntry).
    const m = this.typeDict.get('__module__');
    this.moduleTypeName = `${typeof m === 'string' ? m : this.module}.${this.name}`;
    return this;
  }

  /** Finds `name` along the MRO (CPython's _PyType_Lookup), cached until any type changes. */
  lookup(name: string): PyObject | undefined {
    if (this.cacheEpoch !== typeEpoch) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch;
    }
    const c = this.cache.get(name);
    if (c !== undefined) return c === NOT_FOUND ? undefined : c;
    let v: PyObject | undefined;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i].typeDict.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v ?? NOT_FOUND);
    return v;
  }

  /**
   * Forgets what lookups on this class alone cached (its own lookup cache, the call shortcuts
   * it keeps for itself) and makes its __dict__ proxies copy it anew.
   */
  forgetOwnLookups(): void {
    this.cacheEpoch = -1;
    this.inlineInitEpoch = -1;
    this.plainExceptionEpoch = -1;
    this.dictVersion++;
  }

  /**
   * This class's dict changed. Caches of other types (lookups along an MRO) and of code (the
   * attribute caches of vm/ops/attr_cache.ts) compare against the global typeEpoch; they can
   * only hold this class if it has subclasses or an attribute cache remembered it. Otherwise
   * (a class still being set up: ABCMeta, dataclass, enum setting attributes on the class
   * they just made) only its own caches are stale, and every other cache stays valid.
   */
  private typeDictChanged(): void {
    if (this.seenByCaches || this.subclassRefs.length > 0) bumpTypeEpoch();
    else this.forgetOwnLookups();
  }

  setAttr(name: string, value: PyObject): void {
    // Only a class's __del__ is a finaliser to watch for: built-in types define theirs
    // (generator.__del__) as they are made, for every program.
    if (name === '__del__' && this.isHeapType) noteDelDefined(true);
    this.typeDict.set(name, value);
    this.typeDictChanged();
  }

  deleteAttr(name: string): boolean {
    const had = this.typeDict.delete(name);
    this.typeDictChanged();
    return had;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** Thrown (as a plain message) when C3 linearisation fails; the caller raises TypeError. */
export class MroError extends Error {}

/** C3 linearisation, as CPython's mro_implementation. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs: PyType[][] = t.bases.map((b) => [...b.mro]);
  seqs.push([...t.bases]);
  const result: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      // As set_mro_error: name the heads that could not be placed, each once.
      const heads: PyType[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0])) heads.push(s[0]);
      const names = heads.map((b) => b.name).join(', ');
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

/** Marks that type dicts changed from outside PyType (e.g. a new class's namespace). */
export function invalidateTypeCaches(): void {
  bumpTypeEpoch();
}

// Bootstrap: `object` and `type`, each an instance of `type`.
export const objectType: PyType = new PyType(null, 'object', [], { allocate: null, instanceDict: false });
export const typeType: PyType = new PyType(null, 'type', [objectType], { allocate: null, instanceDict: true });
objectType.cls = typeType;
typeType.cls = typeType;

/** Creates a built-in type; its methods are added by the file that owns it. */
export function makeNativeType(name: string, base: PyType = objectType, opts: { module?: string; allocate?: NativeNew | null; instanceDict?: boolean; final?: boolean } = {}): PyType {
  // A dotted name is a C type's tp_name ('re.Match'): __name__ after the last dot, the module before it.
  const dot = name.lastIndexOf('.');
  const module = dot >= 0 ? name.slice(0, dot) : opts.module ?? 'builtins';
  const t = new PyType(typeType, name.slice(dot + 1), [base], { module, allocate: opts.allocate, instanceDict: opts.instanceDict ?? false });
  if (dot >= 0) t.nameAsModuleType();
  t.isFinal = opts.final ?? false;
  // A C type's dict has its __doc__ (None without one), so its instances' __doc__ is not object's.
  const doc = module === 'builtins' ? builtinDoc(t.name) : undefined;
  if (doc !== undefined) t.setAttr('__doc__', doc);
  else if (noneForDocs !== undefined) t.setAttr('__doc__', noneForDocs);
  else typesAwaitingNone.push(t);
  return t;
}

/** None, once it exists (the types made before it get their __doc__ then: noneIsReady). */
let noneForDocs: PyObject | undefined;
const typesAwaitingNone: PyType[] = [];

/** Called with None as soon as singletons.ts has made it. */
export function noneIsReady(none: PyObject): void {
  noneForDocs = none;
  for (const t of typesAwaitingNone.splice(0)) {
    if (t.typeDict.get('__doc__') === undefined) t.setAttr('__doc__', none);
  }
}

