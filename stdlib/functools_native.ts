// Module _functools: _lru_cache_wrapper, the type behind functools.lru_cache and cache
// (vm/objects/lru_cache.ts; its calls are vm/lru_call.ts's), and reduce, a built-in as in
// CPython so that profilers report it as one c_call. functools.py adds the
// argument checks of lru_cache() and update_wrapper's attributes, as CPython's does.

import type { PyObject } from '../vm/objects/object.js';
import { PyType } from '../vm/objects/type.js';
import { PyDict } from '../vm/objects/dict.js';
import { builtin, defMethod, defGetter, PyMethod } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { PyBaseException, TypeError, typeError } from '../vm/objects/exceptions.js';
import { getIter, iterNext } from '../vm/ops/sequence.js';
import { PyLruCacheWrapper, lruCacheWrapperType, lruInfoArgs, lruClear } from '../vm/objects/lru_cache.js';
import { lruCall } from '../vm/lru_call.js';
import { call } from '../vm/ops/call.js';
import { importModule } from '../vm/import.js';
import { getAttr } from '../vm/ops/attribute.js';
import { indexSize, truthy } from '../vm/ops/convert.js';
import { typeName, typeOf } from '../vm/ops/typeof.js';
import { checkArgCount, noArgs, noKwargs, parseArgs } from '../vm/methods/args.js';
import { defNew, instanceDict } from '../vm/methods/object.js';
import { isIndexable } from '../vm/methods/list.js';
import { isCallable } from './builtins.js';
import type { ModuleInit, VM } from '../vm/vm.js';

const TYPE = lruCacheWrapperType.tpName;

const DOC = `Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
`;

const self = (o: PyObject) => o as PyLruCacheWrapper;

let installed = false;

function installLruCacheWrapper(): void {
  if (installed) return;
  installed = true;
  const t = lruCacheWrapperType;
  t.setAttr('__module__', 'functools');
  t.setAttr('__doc__', DOC);

  // lru_cache(user_function, maxsize, typed, cache_info_type), parsed as CPython's "OOpO:lru_cache".
  defNew(t, (vm, args, kwargs) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`${TYPE}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtypeOf(t)) throw typeError(`${TYPE}.__new__(${cls.tpName}): ${cls.tpName} is not a subtype of ${TYPE}`);
    const [func, maxsizeArg, typedArg, infoType] = parseArgs('lru_cache', args, kwargs, {
      names: ['user_function', 'maxsize', 'typed', 'cache_info_type'],
      required: 4,
    }) as PyObject[];
    const typed = truthy(vm, typedArg);
    if (!isCallable(func)) throw typeError('the first argument must be callable');
    let maxsize: number | null;
    if (maxsizeArg === None) maxsize = null;
    else if (isIndexable(maxsizeArg)) maxsize = Math.max(indexSize(vm, maxsizeArg), 0);
    else throw typeError('maxsize should be integer or None');
    return new PyLruCacheWrapper(func, maxsize, typed, infoType);
  });

  defMethod(t, '__call__', (vm, args, kwargs) => lruCall(vm, self(args[0]), args.slice(1), kwargs));

  // Found on a class, it binds as a method does.
  defMethod(t, '__get__', (vm, args) => {
    checkArgCount('', args, 1, 2);
    const obj = args[1];
    const owner = args.length > 2 ? args[2] : None;
    if (obj === None && owner === None) throw typeError('__get__(None, None) is invalid');
    return obj === None ? args[0] : new PyMethod(args[0], obj);
  });

  defMethod(t, 'cache_info', (vm, args, kwargs) => {
    noArgs('_lru_cache_wrapper.cache_info', args, kwargs);
    const w = self(args[0]);
    return call(vm, w.cacheInfoType, lruInfoArgs(w));
  });
  defMethod(t, 'cache_clear', (vm, args, kwargs) => {
    noArgs('_lru_cache_wrapper.cache_clear', args, kwargs);
    lruClear(self(args[0]));
    return None;
  });

  // Pickled by reference (its qualified name); copies are the wrapper itself.
  defMethod(t, '__reduce__', (vm, args, kwargs) => {
    noArgs('_lru_cache_wrapper.__reduce__', args, kwargs);
    return getAttr(vm, args[0], '__qualname__');
  });
  for (const name of ['__copy__', '__deepcopy__']) {
    // METH_VARARGS: any positional arguments, no keywords.
    defMethod(t, name, (vm, args, kwargs) => {
      noKwargs(`_lru_cache_wrapper.${name}`, kwargs);
      return args[0];
    });
  }

  defGetter(t, '__dict__', (vm, o) => instanceDict(o)!, (vm, o, value) => {
    if (value === undefined) throw typeError('cannot delete __dict__');
    if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).tpName}'`);
    (o as PyLruCacheWrapper).dict = value;
  });
}

/** reduce(function, iterable[, initial]): folds the iterable from the left with function. */
function functools_reduce(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (kwargs !== null && kwargs.size > 0) throw typeError('reduce() takes no keyword arguments');
  if (args.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${args.length}`);
  const fn = args[0];
  let it: PyObject;
  try {
    it = getIter(vm, args[1]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeError)) throw typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let acc = args.length === 3 ? args[2] : iterNext(vm, it);
  if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value');
  for (let item = iterNext(vm, it); item !== undefined; item = iterNext(vm, it)) acc = call(vm, fn, [acc, item]);
  return acc;
}

/**
 * cmp_to_key(mycmp): a built-in function as CPython's (so a class attribute does not bind it,
 * and its argument errors read as the C function's); the key class is functools.py's.
 */
function functools_cmp_to_key(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [mycmp] = parseArgs('cmp_to_key', args, kwargs, { names: ['mycmp'], required: 1 }, 0);
  const make = importModule(vm, 'functools', null).dict.getStr('_key_wrapper_class');
  if (make === undefined) throw typeError('cmp_to_key() needs the functools module');
  return call(vm, make, [mycmp!]);
}

export const init__functools: ModuleInit = (vm, m) => {
  installLruCacheWrapper();
  m.dict.setStr('reduce', builtin('reduce', functools_reduce, '_functools'));
  m.dict.setStr('cmp_to_key', builtin('cmp_to_key', functools_cmp_to_key, '_functools'));
  m.dict.setStr('_lru_cache_wrapper', lruCacheWrapperType);
};
