// The VM: one interpreter instance with its value stack, current frame, modules and host I/O.

import type { CaretAnchors } from './traceback_carets.js';
import type { PyTraceback } from './objects/traceback.js';
import type { PyObject } from './objects/object.js';
import { PyDict } from './objects/dict.js';
import { namespaceStandIn } from './namespace_mapping.js';
import { PyFunction, KwArgs } from './objects/function.js';
import { PyModule } from './objects/module.js';
import { PyGenerator, PyGenBase, PyCoroutine, PyAsyncGen } from './objects/generator.js';
import { PyBaseException, newException, SystemError, KeyboardInterrupt } from './objects/exceptions.js';
import { newSet, PySet } from './objects/set.js';
import { call } from './ops/call.js';
import { getAttr } from './ops/attribute.js';
import { repr } from './ops/convert.js';
import { None } from './objects/singletons.js';
import { Frame, activationOf } from './frame.js';
import { Code, CO_GENLIKE, CO_GENERATOR, CO_COROUTINE } from './code.js';
import { anyCleanupGenerator, noteCleanupGenerator } from './finalizer_flag.js';
import { noteDiscardedCoroutine } from './suspended_generators.js';
import { Op } from './opcodes.js';
import { bindArguments, makeCells, isSimpleCall } from './bind.js';
import { execute, generatorSend, generatorThrow, generatorPump } from './eval.js';
import { runEntryCompiled } from './jit_call.js';
import { recursionError, ProcessExit } from './errors.js';
import { PARK, NO_VALUE } from './park.js';
import { runGreenlets, threadGreenlets } from './greenlets.js';
import type { SwitchRequest } from './greenlets.js';
import { SourceCache } from './traceback_format.js';
import type { HookFn, HookEvent, FinalizerWatchHook } from './hooks.js';
import { Scheduler } from './threads.js';
import { formatExceptionOnly, formatTracebackEntries } from './traceback_format.js';

/** How many backward jumps and calls run between two checks for Ctrl-C. */
const CHECK_INTERVAL = 4096;
/** How many returned frame records a VM keeps for reuse. */
const FRAME_POOL_SIZE = 256;
/** How often an interruptible run yields to Node's event loop. */
const YIELD_EVERY_MS = 20;
/** Compiled calls a due yield waits for a loop's backward jump before a call leaves for it (checkQuietly). */
const YIELD_DUE_CALLS = 4096;

/** Where a VM's standard streams go (the CLI passes process streams, tests pass buffers). */
export interface HostIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Bytes as they are (sys.stdout.buffer); without it, the bytes go to stdout() as UTF-8. */
  stdoutBytes?(data: Uint8Array): void;
  stderrBytes?(data: Uint8Array): void;
  /**
   * Text sys.stdout encoded to bytes that are not UTF-8 text (a non-UTF-8 encoding, or
   * surrogateescape's bytes): it stays with the text stdout() holds, above the binary layer, as
   * CPython's TextIOWrapper keeps its encoded pending bytes. Without it, stdoutBytes().
   */
  stdoutEncoded?(data: Uint8Array): void;
  /** Reads one line of standard input including its newline, or null at end of input. */
  readLine(): string | null;
  /**
   * The same line as bytes, exactly as they came (sys.stdin.buffer), from the same source as
   * readLine; without it, sys.stdin.buffer reads readLine's text encoded as UTF-8.
   */
  readLineBytes?(): Uint8Array | null;
  /**
   * True when stdout/stderr write to this process's own file descriptors 1 and 2 (the tpy
   * command): a child process (subprocess) may then write to them directly. Otherwise its
   * output is collected and passed to stdout()/stderr().
   */
  inheritStdio?: boolean;
  /**
   * True under `-u` or PYTHONUNBUFFERED (the tpy command): sys.stdout and sys.stderr are then
   * write-through, as CPython's are, and each write goes one level deeper into the stream.
   */
  unbuffered?: boolean;
  /**
   * True when stdout is a terminal and not unbuffered (the tpy command): stdout() then writes
   * out what it holds at each newline, as CPython's line-buffered sys.stdout does, and
   * sys.stdout.line_buffering is True.
   */
  lineBuffered?: boolean;
  /**
   * The standard streams' encoding and stdin's and stdout's error handler, as the tpy command
   * chose them (PYTHONIOENCODING, UTF-8 mode, the locale); without it, UTF-8 and 'strict'.
   */
  stdio?: { encoding: string; errors: string };
  /** Whether the standard stream `fd` (0, 1, 2) is a terminal (isatty()); none is without it. */
  isTerminal?(fd: number): boolean;
  /**
   * Writes out what stdout() holds back, if it buffers (the tpy command does when its stdout is
   * not a terminal, as CPython's is): sys.stdout.flush(), input(), and every wait (park).
   */
  flush?(): void;
  /**
   * Writes out what stdoutBytes() holds back, but not the text stdout() holds (sys.stdout.buffer.flush():
   * CPython's text layer keeps its pending text above the binary layer). Without it, flush().
   */
  flushBytes?(): void;
  /**
   * Moves the text stdout() holds back to the binary layer below it (what a write-through
   * sys.stdout does at each write), so bytes written after it follow it; nothing is written out.
   */
  passText?(): void;
  /**
   * How much more text stdout() takes before its text layer passes on what it holds (8 KB,
   * as CPython's TextIOWrapper), when it holds text back. print() writes a line that does not
   * fit item by item, as CPython's print() calls write() for each item, separator and end.
   */
  stdoutRoom?(): number;
}

/** A native module's initialiser: fills in the module's namespace. */
export type ModuleInit = (vm: VM, module: PyModule) => void;

/** VM.releaseFrame's report of a VM bug, out of line: the check stays small enough for V8 to inline. */
function frameReleasedTwice(): never {
  throw newException(SystemError, 'frame record released twice');
}

export class VM {
  /** The shared value stack: every running frame's locals and operands (DESIGN decision 5). */
  stack: PyObject[] = new Array(4096).fill(undefined);
  /** The frame executing now (null when no tpy code runs). */
  frame: Frame | null = null;
  /** Frames on the tpy call stack, checked against the recursion limit. */
  depth = 0;
  recursionLimit = 1000;
  /** The exception being handled (sys.exc_info()[1]), null when none. */
  excInfo: PyBaseException | null = null;
  builtins = new PyDict();
  /** sys.modules. */
  modules = new PyDict();
  /** Native modules by name, created on first import. */
  readonly nativeModules = new Map<string, ModuleInit>();
  /**
   * Whether a top-level module name is one of CPython's standard library modules on this
   * platform (set by the stdlib): an import of one tpy lacks says so, instead of reading like a typo.
   */
  isCPythonStdlibModule: (name: string) => boolean = () => false;
  /** Module search path (sys.path is a tpy list view of this, set up by the sys module). */
  io: HostIO;
  /** Set by a signal handler (Ctrl-C); the loop checks it on backward jumps and calls. */
  pendingInterrupt = false;
  /** A signal with a Python handler arrived (stdlib/signal_handlers.ts): its handler runs at the next check. */
  signalsPending = false;
  /** Runs the pending signals' Python handlers in the main thread (set by the signal module). */
  runSignalHandlers: (() => void) | null = null;
  /** Ctrl-C when SIGINT's handler is not default_int_handler: the CLI calls it instead of raising KeyboardInterrupt. */
  onSigint: (() => void) | null = null;
  /** An alarm()/setitimer() timer is armed: the loop yields to Node's event loop now and then, so that it fires. */
  signalTimerArmed = false;
  /** faulthandler.dump_traceback_later's watchdog is armed: the loop yields likewise, so that it fires. */
  watchdogArmed = false;
  /**
   * os._exit's status once it was called (null before). Its ProcessExit is thrown again at the
   * next check, should native code have swallowed it (a bare catch around a __class__ lookup).
   */
  exitStatus: number | null = null;
  /** builtins.__import__ as the builtins module made it: the import statement calls any other one instead of importing itself. */
  nativeImport: PyObject | null = null;
  /** Backward jumps and calls left until the next checkInterrupt(). */
  countdown = CHECK_INTERVAL;
  /** Hot loops run compiled to JavaScript (vm/jit.ts); -X nojit turns it off. */
  jitEnabled = true;
  /** -X jitdump: each compiled loop's JavaScript on stderr. */
  jitDump = false;
  /** How many times the eval loop entered a compiled loop (tests read it). */
  jitRuns = 0;
  /** How many times a generator was resumed by its compiled body (vm/jit_gen.ts; tests read it). */
  genJitRuns = 0;
  /** How many of those left the compiled body before its next yield, for the eval loop to go on (tests read it). */
  genJitLeft = 0;
  /** How many calls ran a compiled function body (vm/jit_call.ts; tests read it). */
  fnJitRuns = 0;
  /** What a native called by a compiled loop raised: the eval loop handles it (f.pc and f.sp are set). */
  jitRaised: unknown = null;
  /**
   * Where the loop stopped for that check, as vm.frame's pc for an interrupt raised there:
   * at a backward jump, just past its target, the loop's head, whose line CPython 3.11
   * reports (its JUMP_BACKWARD has the loop's line); at a call, 0, the callee's entry.
   */
  checkPc = 0;
  /**
   * Set by the CLI, which listens for SIGINT: the loop then yields to Node's
   * event loop now and then (a signal handler can only run there).
   */
  interruptible = false;
  /** performance.now() at the last yield; -0 makes the field a double from the start (no map change at the first). */
  private lastYield = -0;
  /** While a yield is due, the compiled calls it may still wait (checkQuietly); 0 when none is due, -1 when they ran out. */
  private yieldDueCalls = 0;
  /** Nesting depth of eval loops on the JS stack (a blocking operation can park only in the outermost). */
  nestedRuns = 0;
  /**
   * True only while a native is called directly by the outermost eval loop of a
   * parkable run: then it may return vm.park(promise) instead of a value.
   */
  canPark = false;
  /** True while a parkable run is in progress (runParkable). */
  parkableRun = false;
  /** Set once the greenlet module is imported: outermost runs then perform greenlet switches (vm/greenlets.ts). */
  greenletsUsed = false;
  /** The switch a greenlet's switch() or throw() asked for, with the PARK it returned. */
  greenletSwitch: SwitchRequest | null = null;
  /** The promise a parked native waits on (see park). */
  parked: Promise<PyObject> | null = null;
  /** Source text of compiled files, for traceback lines. */
  readonly sources = new SourceCache();
  /**
   * Set while the exit's finalisers run (vm/exit_finalizers.ts): tracebacks then show no source
   * lines, as CPython's, which can no longer import what reads them at that stage.
   */
  sourceLinesGone = false;
  /**
   * The exception that ended the program, once reported (CPython's sys.last_value, or the
   * SystemExit): its traceback's frames are released at exit (vm/exit_finalizers.ts).
   */
  lastUncaught: PyBaseException | null = null;
  /** The directory relative sys.path entries are resolved against. */
  cwd: string = process.cwd();
  /**
   * Compiles source to a code object. vm/ does not depend on compiler/: the host
   * (index.ts) installs the compiler here when it creates the VM.
   */
  /**
   * `fileInput`: the source is a file run as a program (`tpy FILE`, stdin), as CPython's parser reads one.
   * `optimize`: -O's level for this code (default vm.optimize): 1 drops asserts and makes `__debug__`
   * False, 2 also drops docstrings.
   */
  compile: (source: string, filename: string, mode: 'exec' | 'eval' | 'single', fileInput?: boolean, optimize?: number) => Code = () => {
    throw newException(SystemError, 'no compiler installed in this VM');
  };
  /** A library module's code compiled ahead of time (stdlib/lib_cache.ts, installed with the compiler), or null. */
  cachedCode: (file: string, source: string) => Code | null = () => null;
  /** Told of a module's code import has just compiled (stdlib/lib_cache.ts keeps the library's for the next VM). */
  compiledCode: (file: string, source: string, code: Code) => void = () => {};
  /** Where a traceback's caret line marks an operator or brackets (compiler/caret_anchors.ts, installed with the compiler). */
  caretAnchors: (segment: string) => CaretAnchors | null = () => null;
  /** -O (1) or -OO (2), or PYTHONOPTIMIZE: what compile() and imports compile with (sys.flags.optimize). */
  optimize = 0;
  /** -b (1) or -bb (2): str() of bytes and comparisons of bytes with str or int warn (sys.flags.bytes_warning). */
  bytesWarning = 0;
  /** False under -X no_debug_ranges (PYTHONNODEBUGRANGES): tracebacks show no caret lines. */
  debugRanges = true;

  /** The profile hook (vm.setProfile), or null. */
  profileFn: HookFn | null = null;
  /** The trace hook (vm.setTrace), or null. */
  traceFn: HookFn | null = null;
  /** What sys.getprofile() / sys.gettrace() return (the tpy function behind a trampoline). */
  profileObj: PyObject = None;
  traceObj: PyObject = None;
  /** Hooks running now; no events while above zero (CPython's tstate->tracing). */
  hookDepth = 0;
  /**
   * The event a hook runs for now and its frame ('call' when none runs: CPython's
   * tstate->tracing_what starts as PyTrace_CALL): what `frame.f_lineno = N` checks (vm/frame_jump.ts).
   */
  tracingWhat: HookEvent = 'call';
  tracingFrame: Frame | null = null;
  /**
   * The watch that runs __del__ as an object's last reference goes (vm/finalize_now.ts): set
   * while instances of classes with __del__ are alive. It runs on the trace hook's path.
   */
  finalizerWatch: FinalizerWatchHook | null = null;
  /** The one flag the loop tests per call and return: a hook is set and none is running. */
  hooked = false;
  /** The built-in whose call parked, so its c_return is reported when the run resumes. */
  parkedBuiltin: PyObject | null = null;
  /** The green threads (vm/threads.ts), created with the first parkable run or thread. */
  private scheduler: Scheduler | null = null;
  /** sys.getswitchinterval(): how long (seconds) a thread runs before another that waits gets its turn. */
  switchInterval = 0.005;

  constructor(io: HostIO) {
    this.io = io;
  }

  /** The thread scheduler (the running code is its main thread until others start). */
  get threads(): Scheduler {
    return (this.scheduler ??= new Scheduler(this));
  }

  /** True once a thread other than the main one was started. */
  get hasThreads(): boolean {
    return this.scheduler !== null && this.scheduler.alive.size > 1;
  }

  /**
   * What a thread of _thread.start_new_thread let out, on stderr as CPython's
   * thread_run reports it (threading's threads report theirs through threading.excepthook).
   */
  threadUncaught(func: PyObject, exc: PyBaseException): void {
    this.writeUnraisable(exc, exc.traceback, 'Exception ignored in thread started by', func);
  }

  /**
   * An exception nobody can catch (a dropped generator's close, an atexit callback, a
   * thread's function), given to sys.unraisablehook: errMsg null means "Exception ignored in",
   * obj what it happened in. The sys module installs the hook's caller (stdlib/sys_unraisable.ts);
   * without it, the default report goes to the host's stderr.
   */
  writeUnraisable: (exc: PyBaseException, tb: PyTraceback | null, errMsg: string | null, obj: PyObject | null) => void = (exc, tb, errMsg, obj) => {
    let what = '';
    if (obj !== null) {
      try {
        what = repr(this, obj);
      } catch {
        what = '<object repr() failed>';
      }
    }
    const head = obj !== null ? `${errMsg ?? 'Exception ignored in'}: ${what}\n` : errMsg !== null ? `${errMsg}:\n` : '';
    const trace = tb === null ? '' : `Traceback (most recent call last):\n${formatTracebackEntries(this, tb)}`;
    this.io.stderr(`${head}${trace}${formatExceptionOnly(this, exc)}`);
  };

  /** The first free value-stack index above the running frame's maximum extent. */
  stackTop(): number {
    const f = this.frame;
    return f === null ? 0 : f.base + f.f_code.nlocalsplus + f.f_code.co_stacksize + 1;
  }

  /** PyEval_SetProfile: `fn` gets call/return/c_call/c_return/c_exception events (null clears). */
  setProfile(fn: HookFn | null, obj: PyObject = None): void {
    this.profileFn = fn;
    this.profileObj = fn === null ? None : obj;
    this.updateHooked();
  }

  /**
   * PyEval_SetTrace: `fn` gets call/line/return/exception/opcode events (null
   * clears). Frames already running switch to traced bytecode at their next
   * frame switch or native call; like CPython, they report their next 'line'
   * only once the line changes.
   */
  setTrace(fn: HookFn | null, obj: PyObject = None): void {
    this.traceFn = fn;
    this.traceObj = fn === null ? None : obj;
    for (let f = this.frame; f !== null; f = f.f_back) f.traceLastPc = f.pc - 1;
    this.updateHooked();
  }

  /** Recomputes vm.hooked, the one flag the loop tests (after a hook is set, cleared, or returns). */
  updateHooked(): void {
    // Stored only when it changes: a store of the same value would still make V8 take the
    // field for mutable, and the eval loop's hook tests cost more then (vm/object_shapes.ts).
    const hooked = this.hookDepth === 0 && (this.profileFn !== null || this.traceFn !== null || this.finalizerWatch !== null);
    if (this.hooked !== hooked) this.hooked = hooked;
  }

  /** Makes sure the value stack has room up to `needed` slots. */
  ensureStack(needed: number): void {
    const stack = this.stack;
    while (stack.length < needed) stack.push(undefined as unknown as PyObject);
  }

  /**
   * Frame records of returned calls that no tpy code can see (not escaped), kept for reuse:
   * a call then allocates nothing (DESIGN decision 5).
   */
  private readonly framePool: Frame[] = [];

  /** A frame record for a new activation: a pooled one when there is one. */
  newFrame(code: Code, globals: PyDict, builtins: PyDict, locals: PyDict | null, func: PyFunction | null): Frame {
    const pooled = this.framePool.pop();
    return pooled !== undefined ? pooled.reuse(code, globals, builtins, locals, func) : new Frame(code, globals, builtins, locals, func);
  }

  /**
   * Takes back the record of a frame that returned and was never seen by tpy code. A record
   * taken back twice would be handed to two calls at once: that is a VM bug, said at once.
   */
  releaseFrame(f: Frame): void {
    if (f.pooled) frameReleasedTwice();
    f.pooled = true;
    if (this.framePool.length < FRAME_POOL_SIZE) this.framePool.push(f);
  }

  /** Creates the frame for a call of `func` at value-stack index `base`, binding arguments. */
  makeFrame(func: PyFunction, args: PyObject[], kwargs: KwArgs | null, base: number): Frame {
    const code = func.code;
    this.ensureStack(base + code.nlocalsplus + code.co_stacksize + 1);
    const frame = this.newFrame(code, func.globals, func.builtins, null, func);
    frame.base = base;
    frame.sp = base + code.co_nlocals;
    bindArguments(this, func, this.stack, base, args, kwargs);
    makeCells(frame, func, this.stack, base);
    return frame;
  }

  /**
   * The builtins of code run with `globals` (CPython's _PyEval_BuiltinsFromGlobals): its
   * `__builtins__`, a module's dict or a dict; without one, `current` (the builtins of the
   * code making a function there), else the interpreter's. Any other object is used as a
   * mapping, through its __getitem__ (an int there makes `print` a TypeError, as in CPython).
   */
  builtinsFor(globals: PyDict, current: PyDict = this.builtins): PyDict {
    const b = globals.getStr('__builtins__');
    if (b instanceof PyModule) return b.dict;
    if (b instanceof PyDict) return b;
    if (b !== undefined) return namespaceStandIn(b);
    return current;
  }

  /** Calls a tpy function from native code: a nested run of the eval loop. */
  callFunction(func: PyFunction, args: PyObject[], kwargs: KwArgs | null): PyObject {
    const code = func.code;
    if (kwargs === null && (code.co_flags & CO_GENLIKE) === 0 && isSimpleCall(code, args.length)) return this.runSimpleCall(func, undefined, args);
    const frame = this.makeFrame(func, args, kwargs, this.stackTop());
    if (code.co_flags & CO_GENLIKE) return this.makeGenerator(frame);
    return this.runFrame(frame);
  }

  /**
   * callFunction(func, [self, ...args], kwargs) without building that array: the call of a
   * special method (__lt__, __add__, __eq__...) that natives make per item.
   */
  callFunctionWithSelf(func: PyFunction, self: PyObject, args: PyObject[], kwargs: KwArgs | null): PyObject {
    const code = func.code;
    if (kwargs === null && (code.co_flags & CO_GENLIKE) === 0 && isSimpleCall(code, args.length + 1)) return this.runSimpleCall(func, self, args);
    return this.callFunction(func, [self, ...args], kwargs);
  }

  /**
   * callFunctionWithSelf for a native that takes the function's exception as an answer: RAISED,
   * the exception in vm.jitRaised, when the function's compiled body raised out of its frame
   * (a `__getattr__` raising AttributeError), instead of a JavaScript throw through the natives
   * between. V8 unwinds each unoptimised frame with a handler in ~1 us, and never optimises a
   * function that only ever leaves by a throw. Any other raise is still thrown.
   */
  callFunctionWithSelfOrRaised(func: PyFunction, self: PyObject, args: PyObject[]): PyObject {
    const code = func.code;
    if ((code.co_flags & CO_GENLIKE) === 0 && isSimpleCall(code, args.length + 1)) return this.runSimpleCall(func, self, args, true);
    return this.callFunction(func, [self, ...args], null);
  }

  /**
   * A simple call (positional arguments filling the parameters) made from native code, as the
   * loop's own calls: `self` (when given) then `args` straight into the frame's slots, and the
   * frame record back to the pool afterwards (sort keys, map and the like call this per item).
   */
  private runSimpleCall(func: PyFunction, self: PyObject | undefined, args: PyObject[], orRaised = false): PyObject {
    const code = func.code;
    const base = this.stackTop();
    this.ensureStack(base + code.nlocalsplus + code.co_stacksize + 1);
    const frame = this.newFrame(code, func.globals, func.builtins, null, func);
    frame.base = base;
    frame.sp = base + code.co_nlocals;
    const stack = this.stack;
    let n = base;
    if (self !== undefined) stack[n++] = self;
    for (let i = 0; i < args.length; i++) stack[n++] = args[i];
    for (let i = n - base; i < code.co_nlocals; i++) stack[base + i] = undefined as unknown as PyObject;
    if (code.nlocalsplus !== code.co_nlocals) makeCells(frame, func, stack, base);
    const result = this.runFrame(frame, orRaised);
    if (!frame.escaped) this.releaseFrame(frame);
    return result;
  }

  /**
   * Runs a frame to completion in a nested eval loop. `orRaised`: a raise out of its compiled
   * body is answered as RAISED (callFunctionWithSelfOrRaised), not thrown.
   */
  runFrame(frame: Frame, orRaised = false): PyObject {
    if (this.depth >= this.recursionLimit) throw recursionError();
    frame.f_back = this.frame;
    frame.isEntry = true;
    // The outermost run is where greenlets switch (vm/greenlets.ts).
    if (this.nestedRuns === 0) {
      this.nestedRuns++;
      try {
        // A run begun inside a greenlet (a call from JavaScript while it waits) ends in that greenlet.
        const owner = this.greenletsUsed ? threadGreenlets(this).current : null;
        return runGreenlets(this, () => execute(this, frame, null, false), owner);
      } finally {
        this.nestedRuns--;
      }
    }
    this.nestedRuns++;
    try {
      // A function's compiled body, once it has one (vm/jit_call.ts).
      if (frame.func !== null && frame.f_locals === null && !this.hooked && frame.f_code.fnEntry !== null) {
        const r = runEntryCompiled(this, frame, orRaised);
        if (r !== undefined) return r;
      }
      return execute(this, frame, null, false);
    } finally {
      this.nestedRuns--;
    }
  }

  /**
   * Freezes a new frame into a generator object (its slice of the stack is saved with it).
   * `makerPc`: the running frame's pc, past the call that made it (the eval loop passes its
   * own, not yet written back to the frame).
   */
  makeGenerator(frame: Frame, makerPc = this.frame?.pc ?? -1): PyGenBase {
    const code = frame.f_code;
    frame.saved = this.stack.slice(frame.base, frame.base + code.co_nlocals);
    frame.sp = code.co_nlocals;
    // Named after the function as it is now (its __name__ and __qualname__ may have been set).
    const name = frame.func?.name ?? code.co_name;
    const qualname = frame.func?.qualname ?? code.co_name;
    // Its close may print at exit: CPython's order needs allocation stamps from now on.
    if (code.closeRunsCode && !anyCleanupGenerator()) noteCleanupGenerator();
    if (code.co_flags & CO_GENERATOR) {
      const gen = new PyGenerator(frame, name, qualname);
      // Made by a call in the running frame.
      gen.maker = this.frame === null ? 0 : activationOf(this.frame);
      gen.makerPc = makerPc;
      return gen;
    }
    if (code.co_flags & CO_COROUTINE) {
      const coro = new PyCoroutine(frame, name, qualname);
      // Thrown away by the next instruction: never awaited (vm/suspended_generators.ts).
      const maker = this.frame;
      if (maker !== null && makerPc >= 0 && (maker.f_code.words[makerPc] & 0xff) === Op.POP_TOP) noteDiscardedCoroutine(this, coro, maker);
      return coro;
    }
    return new PyAsyncGen(frame, name, qualname);
  }

  /** Runs module-level (or exec'd) code with the given namespaces. */
  runCode(code: Code, globals: PyDict, locals: PyDict | null = globals): PyObject {
    return this.runFrame(this.codeFrame(code, globals, locals));
  }

  /** A frame for module-level (or exec'd) code, its slots from stack index `base`. */
  codeFrame(code: Code, globals: PyDict, locals: PyDict | null, base: number = this.stackTop()): Frame {
    const frame = new Frame(code, globals, this.builtinsFor(globals), locals, null);
    frame.base = base;
    this.ensureStack(frame.base + code.nlocalsplus + code.co_stacksize + 1);
    frame.sp = frame.base + code.co_nlocals;
    for (let i = 0; i < code.co_nlocals; i++) this.stack[frame.base + i] = undefined as unknown as PyObject;
    makeCells(frame, null, this.stack, frame.base);
    return frame;
  }

  /** Runs module code like runCode, letting natives park on Node's event loop (the CLI's entry). */
  async runCodeParkable(code: Code, globals: PyDict): Promise<PyObject> {
    const frame = this.codeFrame(code, globals, globals);
    this.parkableRun = true;
    try {
      return await this.runParkable(frame);
    } finally {
      this.parkableRun = false;
    }
  }

  /** gen.send(value): the next yielded value, or undefined when the generator returns (forIteration) / StopIteration. */
  generatorSend(gen: PyGenBase, value: PyObject, forIteration: boolean): PyObject | undefined {
    return generatorSend(this, gen, value, forIteration);
  }

  /** gen.throw(exc): `throwArgs` are the arguments throw() got, for a `yield from` delegate's own throw(). */
  /** Runs `gen` for a native that takes its values one by one through `sink` (see eval.ts generatorPump). */
  generatorPump(gen: PyGenBase, sink: (v: PyObject) => boolean): PyObject | undefined {
    return generatorPump(this, gen, sink);
  }

  generatorThrow(gen: PyGenBase, exc: PyBaseException, throwArgs?: PyObject[]): PyObject | undefined {
    return generatorThrow(this, gen, exc, throwArgs);
  }

  /** A new set holding `items` (BUILD_SET), through the set type so its hashing rules apply. */
  newSet(items: PyObject[]): PyObject {
    return newSet(this, items);
  }

  /** SET_UPDATE: `{*a, *b}` and constant set displays. */
  setUpdate(set: PyObject, iterable: PyObject): void {
    (set as PySet).update(this, iterable);
  }

  /** SET_ADD in set comprehensions. */
  setAdd(set: PyObject, item: PyObject): void {
    (set as PySet).add(this, item);
  }

  /** PRINT_EXPR: the value goes to sys.displayhook, whatever it is now (pdb swaps in its own). */
  displayHook(value: PyObject): void {
    const sys = this.modules.getStr('sys');
    const hook = sys instanceof PyModule ? sys.dict.getStr('displayhook') : undefined;
    if (hook !== undefined) {
      call(this, hook, [value]);
      return;
    }
    this.defaultDisplay(value);
  }

  /** The default sys.displayhook: the value's repr on sys.stdout, and the value kept in builtins._. */
  defaultDisplay(value: PyObject): void {
    if (value === None) return;
    this.builtins.setStr('_', None);
    this.writeStdout(repr(this, value) + '\n');
    this.builtins.setStr('_', value);
  }

  /** Writes to sys.stdout (whatever object it is now), as print() does. */
  writeStdout(text: string): void {
    const sys = this.modules.getStr('sys');
    const out = sys instanceof PyModule ? sys.dict.getStr('stdout') : undefined;
    if (out === undefined || out === None) {
      this.io.stdout(text);
      return;
    }
    call(this, getAttr(this, out, 'write'), [text]);
  }

  /**
   * time.sleep: parks the running program on Node's event loop when it can
   * (see canPark); inside a nested loop it waits synchronously instead, which
   * blocks Node but keeps the program's semantics.
   */
  sleep(seconds: number): PyObject {
    if (this.canPark || this.hasThreads) {
      // sleep(0) only lets the event loop run (sockets, signals) and the other threads: setImmediate, not a timer's 1 ms minimum.
      // Not once there are threads: one of them may come to wait in a nested loop (threads.ts
      // waitNested), where Node's event loop cannot turn, so the sleep is a zero-length timed
      // wait, which the scheduler ends itself.
      if (seconds <= 0 && this.canPark && !this.hasThreads) {
        return this.park(new Promise((resolve) => setImmediate(() => resolve(None))));
      }
      // Before the program waits, what it printed goes out (as park does).
      this.io.flush?.();
      // A wait the thread scheduler times (vm/threads.ts): the other threads run meanwhile,
      // from a nested loop too.
      return this.threads.block(seconds, () => {}, None);
    }
    if (seconds > 0) {
      const buf = new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(buf, 0, 0, seconds * 1000);
    }
    return None;
  }

  /**
   * Suspends the running tpy code until `until` settles: the native returns
   * what this returns (PARK); the eval loop saves its state and returns to the
   * driver (runParked), which awaits the promise and resumes the loop with its
   * value, or raises its rejection (a tpy exception) at the call site.
   * Only legal when `canPark` is true.
   */
  park(until: Promise<PyObject>): PyObject {
    if (!this.canPark) throw newException(SystemError, 'park() called where the VM cannot suspend');
    // Before the program waits (a sleep, a socket), what it printed goes out.
    this.io.flush?.();
    this.parked = until;
    return PARK;
  }

  /**
   * Runs a frame like runFrame, but lets natives park on the event loop:
   * each time the loop parks, awaits the promise and resumes the loop.
   */
  async runParkable(frame: Frame): Promise<PyObject> {
    return this.threads.drive(() => this.runFrame(frame));
  }

  /**
   * Calls `func` (a tpy function) as runParkable runs a frame: its code may block and the
   * other threads run meanwhile (threading's shutdown, which joins them at the program's end).
   */
  async callParkable(func: PyFunction, args: PyObject[]): Promise<PyObject> {
    this.parkableRun = true;
    try {
      return await this.threads.drive(() => this.runFrame(this.makeFrame(func, args, null, this.stackTop())));
    } finally {
      this.parkableRun = false;
    }
  }

  /**
   * Called by the loop every CHECK_INTERVAL backward jumps or calls (the state of
   * the running frame saved): raises KeyboardInterrupt after a Ctrl-C, and in an
   * interruptible run parks briefly on the event loop so that signals get seen.
   * Returns true when it parked.
   */
  checkInterrupt(): boolean {
    this.countdown = CHECK_INTERVAL;
    this.yieldDueCalls = 0;
    if (this.exitStatus !== null) throw new ProcessExit(this.exitStatus);
    if (this.pendingInterrupt) {
      this.pendingInterrupt = false;
      throw this.makeKeyboardInterrupt();
    }
    // A signal's Python handler runs here, between instructions; what it raises, the frame raises.
    if (this.signalsPending) this.runSignalHandlers?.();
    // Another thread's turn (vm/threads.ts): the loop returns PARK, the driver switches.
    if (this.threadSwitchWanted()) return true;
    if (this.mayYieldHere()) {
      const now = performance.now();
      if (now - this.lastYield >= YIELD_EVERY_MS) {
        this.lastYield = now;
        // With other threads alive, the thread only gives way: the scheduler turns Node's event
        // loop between slices. Parked on a promise, it could not run while another thread waits
        // in a nested loop (where the event loop cannot turn), which would take it for a thread
        // waiting on a socket.
        if (!this.hasThreads) this.parked = new Promise((resolve) => setImmediate(() => resolve(NO_VALUE)));
        return true;
      }
    }
    return false;
  }

  /**
   * The check interval's check where compiled code calls (jit_call.ts): true when the call
   * can run compiled. Without it, every call site of a compiled body would leave once when
   * the countdown ran out there: a path V8 had never seen, whose first run throws the body's
   * optimised code away (scheduler.py's `run` methods were compiled 14 times). An exit,
   * Ctrl-C, signal or other thread pending is left to the eval loop's check (checkInterrupt).
   * So is a yield to the event loop that is due: the countdown is set to run out at once, so
   * that a compiled loop's next backward jump (a well-trodden exit) or the eval loop yields;
   * calls alone (a recursion, no loop) go on compiled for YIELD_DUE_CALLS more, then leave.
   */
  checkQuietly(): boolean {
    if (this.exitStatus !== null || this.pendingInterrupt || this.signalsPending) return false;
    if (this.threadSwitchWanted()) return false;
    if (this.mayYieldHere()) {
      if (this.yieldDueCalls !== 0) {
        // -1: the calls ran out, every call leaves until the eval loop's check yields.
        this.countdown = 1;
        if (this.yieldDueCalls > 0) this.yieldDueCalls--;
        if (this.yieldDueCalls > 0) return true;
        this.yieldDueCalls = -1;
        return false;
      }
      if (performance.now() - this.lastYield >= YIELD_EVERY_MS) {
        this.yieldDueCalls = YIELD_DUE_CALLS;
        this.countdown = 1;
        return true;
      }
    }
    this.countdown = CHECK_INTERVAL;
    return true;
  }

  /** Another thread's turn is due, and this run can give way (the outermost loop of a parkable run). */
  private threadSwitchWanted(): boolean {
    return this.scheduler !== null && this.parkableRun && this.nestedRuns === 1 && this.scheduler.wantsSwitch();
  }

  /** This run yields to Node's event loop every YIELD_EVERY_MS (signals, timers, a watchdog to see), and can here. */
  private mayYieldHere(): boolean {
    return (this.interruptible || this.signalTimerArmed || this.watchdogArmed) && this.parkableRun && this.nestedRuns === 1 &&
      (this.scheduler === null || this.scheduler.nestedWaits === 0);
  }

  /** True when the running thread is the main one (signal handlers run only there, as in CPython). */
  inMainThread(): boolean {
    return this.scheduler === null || this.scheduler.mainRunning();
  }

  /** A signal arrived: a main thread waiting (sleep, socket, lock) runs its handler now (vm/threads.ts). */
  wakeForSignal(): void {
    this.scheduler?.poke();
  }

  makeKeyboardInterrupt(): PyBaseException {
    return newException(KeyboardInterrupt);
  }

  newModuleNamespace(name: string): PyModule {
    const m = new PyModule(name);
    // An imported module's code runs by exec, which gives it the builtins' dict (only
    // __main__ holds the module itself).
    const b = this.builtinsModule();
    m.dict.setStr('__builtins__', b instanceof PyModule ? b.dict : this.builtins);
    return m;
  }

  builtinsModule(): PyObject {
    return this.modules.getStr('builtins') ?? None;
  }
}
