// Installs the native methods of every built-in type into the type dicts (once per process).

import { installObjectMethods } from './object.js';
import { installTypeMethods } from './type.js';
import { installIntMethods } from './int.js';
import { installFloatMethods } from './float.js';
import { installComplexMethods } from './complex.js';
import { installStrMethods } from './str.js';
import { installBytesMethods } from './bytes.js';
import { installMemoryviewMethods } from './memoryview.js';
import { installMiscMethods } from './misc.js';
import { installGeneratorMethods } from './generator.js';
import { installCoroutineMethods } from './coroutine.js';
import { installAsyncGeneratorMethods } from './async_generator.js';
import { installExceptionMethods } from './exception.js';
import { installListMethods } from './list.js';
import { installTupleMethods } from './tuple.js';
import { installDictMethods } from './dict.js';
import { installSetMethods } from './set.js';
import { installRangeMethods } from './range.js';
import { installIteratorMethods } from './iterators.js';
import { installUnionTypeMethods } from './union_type.js';
import { installMappingproxyMethods } from './mappingproxy.js';
import { markSequenceSlots } from '../objects/function.js';
import { sequenceSlotRefusal } from '../ops/arith.js';
import { strType } from '../objects/str.js';
import { bytesType, bytearrayType } from '../objects/bytes.js';
import { listType } from '../objects/list.js';
import { tupleType } from '../objects/tuple.js';

let installed = false;

/** Fills the built-in types' dicts. Idempotent: types are shared by every VM in the process. */
export function installBuiltinMethods(): void {
  if (installed) return;
  installed = true;
  // object first: the identity of object.__new__/__init__/__hash__ is what the rest compares against.
  installObjectMethods();
  installTypeMethods();
  installIntMethods();
  installFloatMethods();
  installComplexMethods();
  installStrMethods();
  installBytesMethods();
  installMemoryviewMethods();
  installMiscMethods();
  installGeneratorMethods();
  installCoroutineMethods();
  installAsyncGeneratorMethods();
  installExceptionMethods();
  installListMethods();
  installTupleMethods();
  installDictMethods();
  installSetMethods();
  installRangeMethods();
  installIteratorMethods();
  installUnionTypeMethods();
  installMappingproxyMethods();
  for (const t of [strType, bytesType, bytearrayType, listType, tupleType]) markSequenceSlots(t, sequenceSlotRefusal);
}
