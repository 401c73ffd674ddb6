// Frames: one activation of a code object, with its slice of the value stack and its block stack.

import { PyObj, PyObject } from './objects/object.js';
import { makeNativeType } from './objects/type.js';
import type { Code } from './code.js';
import type { PyDict } from './objects/dict.js';
import type { PyBuiltinFunction, PyCell, PyFunction } from './objects/function.js';
import type { PyGenerator, PyGenBase } from './objects/generator.js';
import type { LruPendingCall } from './lru_call.js';
import type { PyBaseException } from './objects/exceptions.js';

export const frameType = makeNativeType('frame', undefined, { final: true });

/** Block types on a frame's block stack: the SETUP_* opcode that pushed it, or EXCEPT_HANDLER. */
export const EXCEPT_HANDLER = 257;

/** Why the loop is unwinding the block stack (CPython 3.7's enum why_code). */
export enum Why {
  NOT = 0x0001,
  EXCEPTION = 0x0002,
  RETURN = 0x0008,
  BREAK = 0x0010,
  CONTINUE = 0x0020,
  YIELD = 0x0040,
  SILENCED = 0x0080,
}

/** The block stack of every frame that has not pushed a block yet: never mutated. */
export const NO_BLOCKS: number[] = [];

/** Whether `f` runs inside one of its except/finally handlers entered by an exception. */
export function inExceptHandler(f: Frame): boolean {
  const blocks = f.blocks;
  for (let i = 0; i < blocks.length; i += 3) if (blocks[i] === EXCEPT_HANDLER) return true;
  return false;
}

/**
 * Drops the top block (its three entries). Three pops: shrinking an array by
 * assigning its length is a runtime call in V8, several times slower.
 */
export function popBlock(blocks: number[]): void {
  blocks.pop();
  blocks.pop();
  blocks.pop();
}

/** Activations numbered so far (Frame.activation). */
let activations = 0;

/** The activation number of `f`, given now if it has none. */
export function activationOf(f: Frame): number {
  if (f.activation === 0) f.activation = ++activations;
  return f.activation;
}

export class Frame extends PyObj {
  f_back: Frame | null = null;
  /** Value-stack index of local 0; the operand stack starts at base + co_nlocals. */
  base = 0;
  /** Saved absolute stack pointer while the frame is not running. */
  sp = 0;
  /** Saved index (in words) of the next instruction while the frame is not running. */
  pc = 0;
  /**
   * Block stack as flat triples: type, handler (word index), level (stack depth
   * relative to base). Shared and empty until the frame's first SETUP_* (most
   * frames never push a block, so they allocate nothing).
   */
  blocks: number[] = NO_BLOCKS;
  /** Cell variables then free variables (co_cellvars + co_freevars). */
  cells: PyCell[] | null = null;
  /** The value-stack slice of a suspended generator frame (locals and operands). */
  saved: PyObject[] | null = null;
  generator: PyGenBase | null = null;
  /** True while this frame runs as the bottom frame of a nested eval loop. */
  isEntry = false;
  /**
   * Instance being built by an inlined __init__ call: RETURN_VALUE hands back this instead of
   * None. While such a frame runs, vm.depth counts the class call's own level too (CPython's
   * tp_call recursion check, vm/errors.ts enterClassCall).
   */
  initSelf: PyObject | undefined = undefined;
  /**
   * The lru_cache wrapper call this frame computes the result of (vm/lru_call.ts): its return
   * value goes into that cache, and while it runs vm.depth counts the wrapper's level too.
   */
  lruPending: LruPendingCall | null = null;
  /**
   * For the __call__ frame of a call of an instance the eval loop runs: the levels vm.depth
   * counts for the call beyond the frame's own while it runs. 1 for a class statement's
   * class (CPython's tp_call recursion check in _PyObject_MakeTpCall, then slot_tp_call's
   * call of __call__); -1 for a library class standing in for a C type with a vectorcall
   * (functools.partial), whose frame CPython does not have; 0 for any other frame. Cleared
   * where the frame returns or raises (a record in the pool has 0).
   */
  callLevel = 0;
  /**
   * The recursion levels this frame holds in vm.depth (its own, an lru_cache wrapper's, a
   * class call's, an instance call's), for an exception leaving it: they are dropped
   * (callLevel is cleared where the frame ends, not in reuse, which every call runs).
   */
  dropLevels(): number {
    const n = 1 + (this.lruPending === null ? 0 : 1) + (this.initSelf === undefined ? 0 : 1) + this.callLevel;
    this.callLevel = 0;
    return n;
  }
  /** The exec() or eval() whose code this frame runs in its caller's loop (vm/frame_runner.ts). */
  runner: PyBuiltinFunction | null = null;
  /** The local trace function (sys.settrace's trampoline calls it for this frame's events). */
  f_trace: PyObject | null = null;
  /** f_trace_lines / f_trace_opcodes: which per-instruction trace events this frame gets. */
  traceLines = true;
  traceOpcodes = false;
  /** Slot of the last instruction traced in this frame (-1: none yet), for 'line' events. */
  traceLastPc = -1;
  /**
   * Line of the last traced instruction that had one: the f_lineno of an instruction
   * without a line (3.11 gives such an exit the line of the jump that reaches it).
   */
  traceLine = 0;
  /** True during the 'call' event, when f_lineno is the def line (3.11's RESUME). */
  callEventPending = false;
  /**
   * Set once tpy code may hold this frame (sys._getframe, a traceback, a hook):
   * its locals are then copied out when it exits, since its stack slots get reused.
   */
  escaped = false;
  /** The dict f_locals hands out for a function frame (refreshed from the slots on each read). */
  localsDict: PyDict | null = null;
  /** Locals, cells and free variables as they were when the frame exited (escaped frames only). */
  exitedLocals: PyObject[] | null = null;
  /** True while the record is back in the VM's frame pool (VM.releaseFrame). */
  pooled = false;
  /**
   * Generators a `for` loop of this frame made and alone holds, as pairs [operand level
   * (relative to base), generator] (vm/owned_iterators.ts): closed when the loop drops them.
   */
  ownedIters: (number | PyGenBase)[] | null = null;
  /**
   * A number no other activation has (frame records are reused), given when the frame first
   * makes a generator (its maker, vm/owned_iterators.ts); 0 until then.
   */
  activation = 0;
  /**
   * For a frame of code standing for C code (Code.hiddenFrame) inside an except handler: the
   * exception handled when it entered its outermost handler (unwind.ts handledForRaise). Read
   * only while the frame is in a handler; set when it enters the first.
   */
  excBefore: PyBaseException | null = null;

  // Not readonly: a frame record is reused for another call once it returned unseen (reuse()).
  constructor(
    public f_code: Code,
    public f_globals: PyDict,
    public f_builtins: PyDict,
    /** The namespace of module and class bodies; null for function frames. */
    public f_locals: PyDict | null,
    public func: PyFunction | null,
  ) {
    super(frameType);
  }

  /**
   * Makes a returned frame record new again for another activation (the frame pool of
   * VM.newFrame): every field back to its initial value. Keep in step with the fields above.
   */
  reuse(code: Code, globals: PyDict, builtins: PyDict, locals: PyDict | null, func: PyFunction | null): this {
    this.f_code = code;
    this.f_globals = globals;
    this.f_builtins = builtins;
    this.f_locals = locals;
    this.func = func;
    this.dict = null;
    this.f_back = null;
    this.base = 0;
    this.sp = 0;
    this.pc = 0;
    // The record keeps a block stack it allocated before (left empty by a normal exit), so a
    // call of a function with try or with blocks allocates nothing either.
    if (this.blocks.length !== 0) this.blocks = NO_BLOCKS;
    this.cells = null;
    this.saved = null;
    this.generator = null;
    this.isEntry = false;
    this.initSelf = undefined;
    this.lruPending = null;
    this.runner = null;
    this.f_trace = null;
    this.traceLines = true;
    this.traceOpcodes = false;
    this.traceLastPc = -1;
    this.traceLine = 0;
    this.callEventPending = false;
    this.escaped = false;
    this.ownedIters = null;
    this.activation = 0;
    this.excBefore = null;
    this.localsDict = null;
    this.exitedLocals = null;
    this.pooled = false;
    return this;
  }

  /**
   * Marks this frame as held by tpy code (a traceback, sys._getframe, a hook), with every
   * frame reachable from it through f_back: none of them may be reused after it returns.
   * Frames below an escaped frame are escaped already, so the walk stops at the first one.
   */
  escape(): void {
    for (let g: Frame | null = this; g !== null && !g.escaped; g = g.f_back) g.escaped = true;
  }

  /** Byte offset of the last instruction started (f_lasti). */
  get f_lasti(): number {
    return (this.pc - 1) * 2;
  }

  get f_lineno(): number {
    if (this.pc === 0) return this.f_code.co_name === '<module>' ? 0 : this.f_code.co_firstlineno;
    // A generator or coroutine not started yet stands at its def line, as 3.11's RETURN_GENERATOR.
    if (this.generator !== null && !this.generator.started) return this.f_code.co_firstlineno;
    const lasti = Math.max(0, this.f_lasti);
    if (this.traceLine > 0 && this.f_code.lines[lasti >> 1] === 0) return this.traceLine;
    return this.f_code.lineAt(lasti);
  }

  /** Called as an escaped frame exits: keeps its locals readable through f_locals. */
  snapshotLocals(stack: PyObject[]): void {
    if (this.saved === null) this.exitedLocals = stack.slice(this.base, this.base + this.f_code.nlocalsplus);
  }
}
