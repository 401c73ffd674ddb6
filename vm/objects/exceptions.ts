// BaseException and the built-in exception hierarchy, and helpers to build the common errors.

import { PyObj, PyObject } from './object.js';
import { PyType, makeNativeType, objectType } from './type.js';
import { None } from './singletons.js';
import type { PyTraceback } from './traceback.js';
import { PyTuple, emptyTuple, newTuple } from './tuple.js';
import { stampingAllocations, stampAllocation } from '../alloc_stamps.js';

/** Every exception instance, of a built-in or a user-defined exception class. */
export class PyBaseException extends PyObj {
  private argItems: PyObject[];
  /** The tuple `e.args` hands out, kept until args change: `e.args is e.args`, as in CPython. */
  private argsTupleCache: PyTuple | null = null;
  traceback: PyTraceback | null = null;
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /** Extra state some classes carry (OSError's errno/strerror, StopIteration's value, SystemExit's code...). */
  attrs: Map<string, PyObject> | null = null;
  constructor(cls: PyType, args: PyObject[]) {
    super(cls);
    this.argItems = args;
    if (stampingAllocations) stampAllocation(this);
  }

  /** The arguments (BaseException.args' items). Replace the array to change them, never mutate it. */
  get args(): PyObject[] {
    return this.argItems;
  }

  set args(items: PyObject[]) {
    this.argItems = items;
    this.argsTupleCache = null;
  }

  /** BaseException.args: one tuple while the args are unchanged. */
  argsTuple(): PyTuple {
    return (this.argsTupleCache ??= newTuple(this.argItems.slice()));
  }

  /** Sets the args to the items of `t`, which `e.args` then hands out itself (BaseException_set_args). */
  setArgsTuple(t: PyTuple): void {
    this.argItems = t.items.slice();
    this.argsTupleCache = t;
  }
}

const allocateException = (cls: PyType) => new PyBaseException(cls, []);

/**
 * The SystemExits sys.exit(tuple) raised that CPython still holds unnormalized, with the
 * tuple as the error's value: no handler has taken them yet (unwindBlocks forgets one when
 * one does). Uncaught so, the exit status is the tuple itself, not the code made of it:
 * sys.exit((5,)) prints "(5,)" and exits 1 (_Py_HandleSystemExit).
 */
export const unnormalizedExitStatus = new WeakMap<PyBaseException, PyObject>();

/** Whether sys.exit(tuple) ever made such an entry: until then a handler entered has none to forget (a WeakMap delete costs ~5 ns a raise). */
let exitStatusKept = false;

/** Keeps the tuple `status` of sys.exit(status) as the unnormalized value of `exc` (see unnormalizedExitStatus). */
export function keepExitStatus(exc: PyBaseException, status: PyObject): void {
  exitStatusKept = true;
  unnormalizedExitStatus.set(exc, status);
}

/** A handler took `exc`: it is normalized now, its exit status no longer the tuple. */
export function forgetExitStatus(exc: PyBaseException): void {
  if (exitStatusKept) unnormalizedExitStatus.delete(exc);
}

export const BaseException = makeNativeType('BaseException', objectType, { allocate: allocateException, instanceDict: true });

function sub(name: string, base: PyType): PyType {
  return makeNativeType(name, base, { allocate: allocateException, instanceDict: true });
}

export const SystemExit = sub('SystemExit', BaseException);
export const KeyboardInterrupt = sub('KeyboardInterrupt', BaseException);
export const GeneratorExit = sub('GeneratorExit', BaseException);
export const Exception = sub('Exception', BaseException);
export const StopIteration = sub('StopIteration', Exception);
export const StopAsyncIteration = sub('StopAsyncIteration', Exception);
export const ArithmeticError = sub('ArithmeticError', Exception);
export const FloatingPointError = sub('FloatingPointError', ArithmeticError);
export const OverflowError = sub('OverflowError', ArithmeticError);
export const ZeroDivisionError = sub('ZeroDivisionError', ArithmeticError);
export const AssertionError = sub('AssertionError', Exception);
export const AttributeError = sub('AttributeError', Exception);
export const BufferError = sub('BufferError', Exception);
export const EOFError = sub('EOFError', Exception);
export const ImportError = sub('ImportError', Exception);
export const ModuleNotFoundError = sub('ModuleNotFoundError', ImportError);
export const LookupError = sub('LookupError', Exception);
export const IndexError = sub('IndexError', LookupError);
export const KeyError = sub('KeyError', LookupError);
export const MemoryError = sub('MemoryError', Exception);
export const NameError = sub('NameError', Exception);
export const UnboundLocalError = sub('UnboundLocalError', NameError);
export const OSError = sub('OSError', Exception);
export const BlockingIOError = sub('BlockingIOError', OSError);
export const ChildProcessError = sub('ChildProcessError', OSError);
export const ConnectionError = sub('ConnectionError', OSError);
export const BrokenPipeError = sub('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = sub('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = sub('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = sub('ConnectionResetError', ConnectionError);
export const FileExistsError = sub('FileExistsError', OSError);
export const FileNotFoundError = sub('FileNotFoundError', OSError);
export const InterruptedError = sub('InterruptedError', OSError);
export const IsADirectoryError = sub('IsADirectoryError', OSError);
export const NotADirectoryError = sub('NotADirectoryError', OSError);
export const PermissionError = sub('PermissionError', OSError);
export const ProcessLookupError = sub('ProcessLookupError', OSError);
export const TimeoutError = sub('TimeoutError', OSError);
export const ReferenceError = sub('ReferenceError', Exception);
export const RuntimeError = sub('RuntimeError', Exception);
export const NotImplementedError = sub('NotImplementedError', RuntimeError);
export const RecursionError = sub('RecursionError', RuntimeError);
export const SyntaxError = sub('SyntaxError', Exception);
export const IndentationError = sub('IndentationError', SyntaxError);
export const TabError = sub('TabError', IndentationError);
export const SystemError = sub('SystemError', Exception);
export const TypeError = sub('TypeError', Exception);
export const ValueError = sub('ValueError', Exception);
export const UnicodeError = sub('UnicodeError', ValueError);
export const UnicodeDecodeError = sub('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = sub('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = sub('UnicodeTranslateError', UnicodeError);
export const Warning = sub('Warning', Exception);
export const DeprecationWarning = sub('DeprecationWarning', Warning);
export const PendingDeprecationWarning = sub('PendingDeprecationWarning', Warning);
export const RuntimeWarning = sub('RuntimeWarning', Warning);
export const SyntaxWarning = sub('SyntaxWarning', Warning);
export const UserWarning = sub('UserWarning', Warning);
export const FutureWarning = sub('FutureWarning', Warning);
export const ImportWarning = sub('ImportWarning', Warning);
export const UnicodeWarning = sub('UnicodeWarning', Warning);
export const BytesWarning = sub('BytesWarning', Warning);
export const EncodingWarning = sub('EncodingWarning', Warning);
export const ResourceWarning = sub('ResourceWarning', Warning);

/** An exception group: the message and the sub-exceptions its __new__ checked (PEP 654). */
export class PyBaseExceptionGroup extends PyBaseException {
  message = '';
  /** The sub-exceptions, the tuple `.exceptions` returns (always the same object, as in CPython). */
  exceptions: PyTuple = emptyTuple;
}

const allocateGroup = (cls: PyType) => new PyBaseExceptionGroup(cls, []);

export const BaseExceptionGroup = makeNativeType('BaseExceptionGroup', BaseException, { allocate: allocateGroup, instanceDict: true });
/** ExceptionGroup(BaseExceptionGroup, Exception): the group of Exceptions only, what except* catches. */
export const ExceptionGroup = new PyType(BaseExceptionGroup.cls, 'ExceptionGroup', [BaseExceptionGroup, Exception], { allocate: allocateGroup, instanceDict: true });

/** Every built-in exception class, for the builtins module. */
export const builtinExceptionTypes: PyType[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
  ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
  BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
  NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
  ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
  InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
  ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError,
  SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
  UnicodeTranslateError, Warning, DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning,
  UserWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, EncodingWarning, ResourceWarning,
  BaseExceptionGroup, ExceptionGroup,
];

/** Builds an exception instance of a built-in class with a single message argument. */
export function newException(cls: PyType, ...args: PyObject[]): PyBaseException {
  return new PyBaseException(cls, args);
}

export const typeError = (msg: string) => newException(TypeError, msg);
export const valueError = (msg: string) => newException(ValueError, msg);
export const indexError = (msg: string) => newException(IndexError, msg);
export const keyError = (key: PyObject) => newException(KeyError, key);
export const attributeError = (msg: string) => newException(AttributeError, msg);
export const nameError = (msg: string) => newException(NameError, msg);
export const zeroDivisionError = (msg: string) => newException(ZeroDivisionError, msg);
export const overflowError = (msg: string) => newException(OverflowError, msg);
export const runtimeError = (msg: string) => newException(RuntimeError, msg);
export const notImplementedError = (msg: string) => newException(NotImplementedError, msg);
export const stopIteration = (value: PyObject = None) => {
  const e = newException(StopIteration, ...(value === None ? [] : [value]));
  return e;
};
