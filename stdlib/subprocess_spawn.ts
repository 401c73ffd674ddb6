// _subprocess: runs one child process to completion with node:child_process.spawnSync (the native half of subprocess.py).
//
// tpy runs one program on one thread, so a child is run synchronously: the program waits
// until the child has exited (or its timeout has passed and it was killed). subprocess.py
// checks and converts the arguments; this module only spawns, collects and reports.

import type { StdioOptions } from 'node:child_process';
import { fs } from './node_namespaces.js';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { osPath } from './os_path_join.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyList } from '../vm/objects/list.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { strVal } from '../vm/objects/str.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { typeError } from '../vm/objects/exceptions.js';
import { osErrorFrom, flushAllWrites } from './io_file.js';
import { nodeDescriptor } from './fd_table.js';
import { toDouble } from './math.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { childEnv } from './os_environ.js';
import { nodeModule } from './node_lazy.js';

/** node:child_process, loaded at the first spawn (see node_lazy.ts). */
function childProcess(): typeof import('node:child_process') {
  return nodeModule<typeof import('node:child_process')>('node:child_process');
}

/** subprocess.PIPE, STDOUT and DEVNULL, as CPython numbers them. */
const PIPE = -1;
const STDOUT = -2;
const DEVNULL = -3;

/**
 * Where one of the child's streams goes: 'inherit' is the program's own stream (None in
 * subprocess), 'pipe' is captured, 'devnull' discarded, a number is a file descriptor.
 */
type Target = 'inherit' | 'pipe' | 'devnull' | number;

function targetOf(vm: VM, o: PyObject, what: string): Target {
  if (o === None) return 'inherit';
  if (typeof o !== 'number') throw typeError(`_subprocess: ${what} must be None or an int`);
  if (o === PIPE) return 'pipe';
  if (o === DEVNULL) return 'devnull';
  // The program's descriptor number (a file's fileno()): the child gets node's descriptor behind it.
  return nodeDescriptor(vm, o);
}

function strArg(o: PyObject, what: string): string {
  const s = strVal(o);
  if (s === undefined) throw typeError(`_subprocess: ${what} must be a str`);
  return s;
}

/** The cwd checks CPython's child makes before exec, so the error names the directory, not the program. */
function checkCwd(vm: VM, cwd: string): string {
  const abs = osPath(vm.cwd, cwd);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch (e) {
    throw osErrorFrom(vm, e, cwd);
  }
  if (!st.isDirectory()) throw osErrorFrom(vm, { code: 'ENOTDIR' }, cwd);
  return abs;
}

/** Errors of exec itself, which CPython reports with the program's name ("No such file or directory: 'nosuchcmd'"). */
const EXEC_ERRORS = new Set(['ENOENT', 'EACCES', 'ENOEXEC', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EISDIR', 'EPERM']);

let tempCount = 0;

/** An anonymous temporary file (unlinked at once) that the child's stdout and stderr share when stderr=STDOUT is captured. */
function sharedCaptureFile(): number {
  const path = join(tmpdir(), `tpy-subprocess-${process.pid}-${tempCount++}`);
  const fd = fs.openSync(path, 'w+', 0o600);
  fs.unlinkSync(path);
  return fd;
}

function readWhole(fd: number): Uint8Array {
  const size = fs.fstatSync(fd).size;
  const buf = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const n = fs.readSync(fd, buf, done, size - done, done);
    if (n === 0) break;
    done += n;
  }
  return buf.subarray(0, done);
}

/**
 * _subprocess.run(argv, executable, cwd, env, stdin, input, stdout, stderr, timeout) ->
 * (returncode, stdout, stderr, timed_out). returncode is -N for a child killed by signal N
 * (None never: a child that timed out was killed and reports that signal). stdout/stderr are
 * bytes when captured, else None.
 */
const subprocess_run: NativeFn = (vm, args) => {
  if (args.length !== 9) throw typeError(`_subprocess.run expected 9 arguments, got ${args.length}`);
  const [argvObj, executableObj, cwdObj, envObj, stdinObj, inputObj, stdoutObj, stderrObj, timeoutObj] = args;
  if (!(argvObj instanceof PyList)) throw typeError('_subprocess: argv must be a list');
  const argv = argvObj.items.map((a) => strArg(a, 'argv items'));
  const executable = strArg(executableObj, 'executable');
  const cwd = cwdObj === None ? vm.cwd : checkCwd(vm, strArg(cwdObj, 'cwd'));
  let env = childEnv(vm);
  if (envObj !== None) {
    if (!(envObj instanceof PyDict)) throw typeError('_subprocess: env must be a dict');
    env = {};
    for (const [k, v] of envObj.entries()) env[strArg(k, 'env keys')] = strArg(v, 'env values');
  }
  let input: Uint8Array | undefined;
  if (inputObj !== None) {
    if (!(inputObj instanceof PyBytes)) throw typeError('_subprocess: input must be bytes');
    input = inputObj.data;
  }
  const timeout = timeoutObj === None ? undefined : Math.max(1, Math.ceil(toDouble(vm, timeoutObj) * 1000));

  // A host whose streams are not the process's own (runProgram, the tests) cannot lend them
  // to the child: the child's output is captured and handed to the host's streams instead.
  const inherits = vm.io.inheritStdio === true;
  const stdinT = targetOf(vm, stdinObj, 'stdin');
  let outT = targetOf(vm, stdoutObj, 'stdout');
  const forwardOut = outT === 'inherit' && !inherits;
  if (forwardOut) outT = 'pipe';
  const merged = stderrObj === STDOUT;
  let errT: Target = merged ? outT : targetOf(vm, stderrObj, 'stderr');
  const forwardErr = !merged && errT === 'inherit' && !inherits;
  if (forwardErr) errT = 'pipe';

  let shared: number | null = null;
  const stdio: StdioOptions = ['pipe', 'pipe', 'pipe'];
  if (input === undefined && stdinT !== 'pipe') {
    if (stdinT === 'inherit') stdio[0] = inherits ? 'inherit' : 'pipe';
    else stdio[0] = stdinT === 'devnull' ? 'ignore' : stdinT;
  }
  const place = (t: Target): 'pipe' | 'inherit' | 'ignore' | number => (t === 'devnull' ? 'ignore' : t);
  if (merged && outT === 'pipe') {
    shared = sharedCaptureFile();
    stdio[1] = stdio[2] = shared;
  } else {
    stdio[1] = place(outT);
    // stderr=STDOUT with stdout inherited: the child's fd 2 is the program's fd 1.
    stdio[2] = merged && outT === 'inherit' ? 1 : place(errT);
  }

  // The child sees what the program's file objects have written (their write buffers).
  flushAllWrites(vm);
  let r;
  try {
    r = childProcess().spawnSync(executable, argv.slice(1), {
      argv0: argv[0],
      cwd,
      env,
      input: input ?? (stdio[0] === 'pipe' ? new Uint8Array(0) : undefined),
      stdio,
      timeout,
      killSignal: 'SIGKILL',
      maxBuffer: Infinity,
    });
  } catch (e) {
    if (shared !== null) fs.closeSync(shared);
    throw osErrorFrom(vm, e, undefined);
  }
  let out: Uint8Array | null = r.stdout ?? null;
  const err: Uint8Array | null = r.stderr ?? null;
  if (shared !== null) {
    out = readWhole(shared);
    fs.closeSync(shared);
  }
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (r.error !== undefined && !timedOut) {
    const code = (r.error as NodeJS.ErrnoException).code ?? '';
    throw osErrorFrom(vm, r.error, EXEC_ERRORS.has(code) ? executable : undefined);
  }

  if (forwardOut && out !== null) {
    vm.io.stdout(Buffer.from(out).toString('utf8'));
    out = null;
  }
  let errOut: Uint8Array | null = err;
  if (forwardErr && errOut !== null) {
    vm.io.stderr(Buffer.from(errOut).toString('utf8'));
    errOut = null;
  }
  const capturedOut = outT === 'pipe' && !forwardOut ? new PyBytes(out ?? new Uint8Array(0)) : None;
  const capturedErr = errT === 'pipe' && !forwardErr && !merged ? new PyBytes(errOut ?? new Uint8Array(0)) : None;
  let code: number;
  if (r.signal !== null && r.signal !== undefined) code = -(osConstants.signals[r.signal] ?? 0);
  else code = r.status ?? 0;
  return new PyTuple([code, capturedOut, capturedErr, timedOut]);
};

/** _subprocess.signal_name(n): 'SIGKILL' for 9, None for a number that names no signal (CalledProcessError's message). */
const subprocess_signal_name: NativeFn = (_vm, args) => {
  const n = args[0];
  for (const [name, num] of Object.entries(osConstants.signals)) if (num === n) return name;
  return None;
};

export const init__subprocess: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Runs child processes to completion (tpy; the native half of subprocess).');
  d.setStr('run', builtin('run', subprocess_run, '_subprocess'));
  d.setStr('signal_name', builtin('signal_name', subprocess_signal_name, '_subprocess'));
  d.setStr('PIPE', PIPE);
  d.setStr('STDOUT', STDOUT);
  d.setStr('DEVNULL', DEVNULL);
};
