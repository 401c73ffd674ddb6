// The registry of native modules: name -> initialiser, installed into every new VM.

import type { VM } from '../vm/vm.js';
import type { PyDict } from '../vm/objects/dict.js';
import { makeSysInit, SysConfig } from './sys.js';
import { initBuiltins } from './builtins.js';
import { installExecBuiltins } from './builtins_exec.js';
import { init_math } from './math.js';
import { init_cmath } from './cmath.js';
import { init_time } from './time.js';
import { init_random } from './random.js';
import { init_dis } from './dis.js';
import { init_traceback } from './traceback.js';
import { init_sockmini } from './_sockmini.js';
import { init_select } from './select_module.js';
import { init__signal } from './signal_module.js';
import { init_marshal } from './marshal.js';
import { init_re } from './re/index.js';
import { init_os, init_posixpath } from './os.js';
import { init_lsprof } from '../profiler/lsprof.js';
import { init__io } from './io_types.js';
import { init__collections } from './collections_deque.js';
import { init__thread } from './thread_module.js';
import { init_operator, init__operator } from './operator.js';
import { init__string } from './string_native.js';
import { init__heapq } from './heapq_native.js';
import { init__bisect } from './bisect_native.js';
import { init__itertools } from './itertools_native.js';
import { init__json } from './json_native.js';
import { init_atexit } from './atexit.js';
import { init_greenlet } from './greenlet.js';
import { init_binascii } from './binascii.js';
import { init__codecs } from './codecs.js';
import { init_errno } from './errno_module.js';
import { init__struct, init_struct } from './struct.js';
import { init__subprocess } from './subprocess_spawn.js';
import { init__c_type_names } from './c_type_names.js';
import { init_array } from './array.js';
import { init_zlib } from './zlib.js';
import { init__blake2, init__hashlib, init_hashlib } from './hashlib.js';
import { init_unicodedata } from './unicodedata.js';
import { init__stat } from './stat_module.js';
import { init__ast } from './ast_module.js';
import { init__functools } from './functools_native.js';
import { init__tpy_import } from './import_native.js';
import { init__tpy_gc } from './gc_native.js';
import { init__tpy_weakref } from './weakref_native.js';
import { setLibraryDir } from '../vm/program_code.js';
import { libDir } from './lib_dir.js';
import { init__tpy_abc } from './abc_native.js';
import { init__sqlite3_capi } from './sqlite3_native.js';
import { init_resource } from './resource.js';
import { init_pwd, init_grp } from './pwd_grp.js';
import { init__opcode } from './opcode_native.js';
import { init__symtable } from './symtable_native.js';
import { init_faulthandler } from './faulthandler.js';
import { isCPythonStdlibModule } from './cpython_stdlib_module.js';

/**
 * The order of CPython 3.11's builtins namespace (`list(builtins.__dict__)`, before site adds
 * quit, exit, copyright, credits, license and help). It shows: a NameError's "Did you mean"
 * takes the first of the closest names (`st` -> `set`, not `str`), and vars(builtins) lists it.
 */
const CPYTHON_BUILTINS_ORDER = [
  '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__build_class__', '__import__', 'abs', 'all', 'any',
  'ascii', 'bin', 'breakpoint', 'callable', 'chr', 'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format',
  'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'aiter', 'len',
  'locals', 'max', 'min', 'next', 'anext', 'oct', 'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum',
  'vars', 'None', 'Ellipsis', 'NotImplemented', 'False', 'True', 'bool', 'memoryview', 'bytearray', 'bytes',
  'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'property', 'int', 'list', 'map',
  'object', 'range', 'reversed', 'set', 'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip', '__debug__',
  'BaseException', 'BaseExceptionGroup', 'Exception', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit',
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ImportError', 'LookupError',
  'MemoryError', 'NameError', 'OSError', 'ReferenceError', 'RuntimeError', 'StopAsyncIteration', 'StopIteration',
  'SyntaxError', 'SystemError', 'TypeError', 'ValueError', 'Warning', 'FloatingPointError', 'OverflowError',
  'ZeroDivisionError', 'BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning',
  'BlockingIOError', 'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError',
  'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError',
  'TimeoutError', 'IndentationError', 'IndexError', 'KeyError', 'ModuleNotFoundError', 'NotImplementedError',
  'RecursionError', 'UnboundLocalError', 'UnicodeError', 'BrokenPipeError', 'ConnectionAbortedError',
  'ConnectionRefusedError', 'ConnectionResetError', 'TabError', 'UnicodeDecodeError', 'UnicodeEncodeError',
  'UnicodeTranslateError', 'ExceptionGroup', 'EnvironmentError', 'IOError', 'open', 'quit', 'exit', 'copyright', 'credits', 'license', 'help',
];

/** Re-inserts the builtins namespace's names in CPython's order (names CPython lacks keep theirs, after). */
function inCPythonOrder(d: PyDict): void {
  const entries = new Map([...d.keys()].map((k) => [k, d.getStr(k as string)!] as const));
  d.clear();
  for (const name of CPYTHON_BUILTINS_ORDER) {
    const v = entries.get(name);
    if (v !== undefined) {
      d.setStr(name, v);
      entries.delete(name);
    }
  }
  for (const [name, v] of entries) d.setStr(name as string, v);
}

export function registerStdlib(vm: VM, sys: SysConfig): void {
  vm.isCPythonStdlibModule = isCPythonStdlibModule;
  vm.nativeModules.set('builtins', (vm, m) => {
    initBuiltins(vm, m);
    installExecBuiltins(vm, m.dict);
    inCPythonOrder(m.dict);
  });
  vm.nativeModules.set('sys', makeSysInit(sys));
  vm.nativeModules.set('math', init_math);
  vm.nativeModules.set('cmath', init_cmath);
  vm.nativeModules.set('time', init_time);
  vm.nativeModules.set('random', init_random);
  vm.nativeModules.set('dis', init_dis);
  vm.nativeModules.set('traceback', init_traceback);
  vm.nativeModules.set('_sockmini', init_sockmini);
  vm.nativeModules.set('select', init_select);
  vm.nativeModules.set('_signal', init__signal);
  vm.nativeModules.set('marshal', init_marshal);
  vm.nativeModules.set('re', init_re);
  vm.nativeModules.set('os', init_os);
  vm.nativeModules.set('posixpath', init_posixpath);
  vm.nativeModules.set('_lsprof', init_lsprof);
  vm.nativeModules.set('_io', init__io);
  vm.nativeModules.set('_collections', init__collections);
  vm.nativeModules.set('_thread', init__thread);
  vm.nativeModules.set('operator', init_operator);
  vm.nativeModules.set('_operator', init__operator);
  vm.nativeModules.set('_string', init__string);
  vm.nativeModules.set('_heapq', init__heapq);
  vm.nativeModules.set('_bisect', init__bisect);
  vm.nativeModules.set('_itertools', init__itertools);
  vm.nativeModules.set('_json', init__json);
  vm.nativeModules.set('atexit', init_atexit);
  vm.nativeModules.set('greenlet', init_greenlet);
  vm.nativeModules.set('binascii', init_binascii);
  vm.nativeModules.set('_codecs', init__codecs);
  vm.nativeModules.set('errno', init_errno);
  vm.nativeModules.set('_struct', init__struct);
  vm.nativeModules.set('struct', init_struct);
  vm.nativeModules.set('_hashlib', init__hashlib);
  vm.nativeModules.set('_blake2', init__blake2);
  vm.nativeModules.set('hashlib', init_hashlib);
  vm.nativeModules.set('_subprocess', init__subprocess);
  vm.nativeModules.set('_c_type_names', init__c_type_names);
  vm.nativeModules.set('array', init_array);
  vm.nativeModules.set('zlib', init_zlib);
  vm.nativeModules.set('unicodedata', init_unicodedata);
  vm.nativeModules.set('_stat', init__stat);
  vm.nativeModules.set('_ast', init__ast);
  vm.nativeModules.set('_functools', init__functools);
  vm.nativeModules.set('_tpy_import', init__tpy_import);
  vm.nativeModules.set('_tpy_gc', init__tpy_gc);
  vm.nativeModules.set('_tpy_weakref', init__tpy_weakref);
  setLibraryDir(() => libDir() + '/');
  vm.nativeModules.set('_tpy_abc', init__tpy_abc);
  vm.nativeModules.set('_sqlite3_capi', init__sqlite3_capi);
  vm.nativeModules.set('resource', init_resource);
  vm.nativeModules.set('pwd', init_pwd);
  vm.nativeModules.set('grp', init_grp);
  vm.nativeModules.set('_opcode', init__opcode);
  vm.nativeModules.set('_symtable', init__symtable);
  vm.nativeModules.set('faulthandler', init_faulthandler);
}
