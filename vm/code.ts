// The code object: bytecode plus everything the eval loop and dis need to run and show it.

import { PyObj, PyObject } from './objects/object.js';
import { makeNativeType } from './objects/type.js';
import { Op } from './opcodes.js';
import type { AttrCache } from './ops/attr_cache.js';
import type { GlobalSlot } from './objects/dict.js';
import { fuseWords } from './superinstructions.js';
import { newException, SystemError } from './objects/exceptions.js';
import type { JitEntries, GenEntries, GenEntry, FnEntry } from './jit.js';

/** Backward jumps a code object takes in the eval loop before its loops are compiled (vm/jit.ts). */
export const JIT_THRESHOLD = 200;
let jitThreshold = JIT_THRESHOLD;

/** Sets the backward jumps before compiling for code objects created from now on (tests compile at once with 1). */
export function setJitThreshold(n: number): void {
  jitThreshold = n;
}

export const codeType = makeNativeType('code', undefined, { final: true });

export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_COROUTINE = 0x0080;
/** A generator made awaitable by types.coroutine. */
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
/** Any of the three kinds whose call makes a suspended frame instead of running it. */
export const CO_GENLIKE = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
/** 0x0040 was CO_NOFREE, which CPython 3.10 removed: tpy never sets it. */

/**
 * A LOAD_GLOBAL result for one name: the slot of the dict it was found in (the globals or the
 * builtins), valid while the globals' keys stamp is `keysVersion` (no key added or removed
 * since, as CPython 3.11 checks dk_version) and the slot still holds a value. Values stored
 * meanwhile are read through the slot.
 */
export interface GlobalCache {
  keysVersion: number;
  slot: GlobalSlot;
}

export interface CodeInit {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  nlocals: number;
  stacksize: number;
  flags: number;
  code: Uint8Array;
  consts: PyObject[];
  names: string[];
  varnames: string[];
  freevars: string[];
  cellvars: string[];
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  /** The source line of each instruction, indexed by offset / 2 (0 where none). */
  lines: Int32Array;
  /** Each instruction's location, 4 per word (line, end line, column, end column; -1: none), at the word of its opcode. */
  positions?: Int32Array;
  /** True when co_consts[0] is the docstring. */
  hasDocstring: boolean;
}

/** Whether the code sets up a block that runs code when an exception (GeneratorExit) unwinds it. */
function hasHandlerBlocks(words: Int32Array): boolean {
  for (const w of words) {
    const op = w & 0xff;
    if (op === Op.SETUP_FINALLY || op === Op.SETUP_EXCEPT || op === Op.SETUP_WITH || op === Op.SETUP_ASYNC_WITH) return true;
  }
  return false;
}

export class Code extends PyObj {
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_nlocals: number;
  readonly co_stacksize: number;
  readonly co_flags: number;
  /** The wordcode as CPython stores it: (opcode, arg) byte pairs, EXTENDED_ARG prefixes included. */
  readonly co_code: Uint8Array;
  readonly co_consts: PyObject[];
  readonly co_names: string[];
  readonly co_varnames: string[];
  readonly co_freevars: string[];
  readonly co_cellvars: string[];
  readonly co_filename: string;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_firstlineno: number;
  readonly lines: Int32Array;
  /** CodeInit.positions (empty when not known). */
  readonly positions: Int32Array;
  readonly hasDocstring: boolean;
  /**
   * For a generator's (or coroutine's) code: whether closing one suspended in it can run code
   * (a `finally`, an `except`, a `with` block's __exit__): such generators are closed at exit
   * in CPython's order (vm/exit_finalizers.ts, vm/finalizer_flag.ts).
   */
  readonly closeRunsCode: boolean;
  /**
   * What the eval loop reads: one word per 2-byte slot, `opcode | arg << 8`, with
   * EXTENDED_ARG prefixes already folded into the argument of the instruction they
   * extend. A jump to byte offset N continues at words[N >> 1].
   */
  readonly words: Int32Array;
  /** `words` with superinstructions (vm/superinstructions.ts): what the loop runs when not tracing. */
  readonly fastWords: Int32Array;
  /** For each cell variable that is also an argument, the argument's index (else -1). */
  readonly cell2arg: Int32Array | null;
  /** Locals, cells and free variables: the size of a frame's fixed part. */
  readonly nlocalsplus: number;
  /** The argument slots at the front of the locals: parameters, keyword-only ones, *args, **kwargs. */
  readonly nargs: number;
  /** LOAD_GLOBAL's cache, by index in co_names (filled on first use). */
  readonly globalCache: (GlobalCache | undefined)[];
  /** The inline caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD, by word index after the instruction (ops/attr_cache.ts). */
  readonly attrCache: (AttrCache | undefined)[];
  /** Backward jumps left before the eval loop asks the loop compiler (vm/jit.ts) for this code's loops. */
  /**
   * True for the code of a library function that CPython implements in C (see
   * stdlib/c_type_names.ts): tracebacks leave its frames out, as CPython's show no C frames.
   */
  hiddenFrame = false;
  /** `words` with the finaliser watch's looks (vm/watch_words.ts), made when first run watched. */
  watchWords: Int32Array | null = null;
  /**
   * For such code standing for a C function whose arguments PyArg_ParseTupleAndKeywords parses:
   * the name its errors give ('function' where CPython's format names none), else null, for a
   * `def`'s errors (vm/bind.ts's cParseArgsError).
   */
  cArgsName: string | null = null;
  /**
   * How that C function takes its arguments, for the wording of cArgsName's errors: by
   * PyArg_ParseTupleAndKeywords ('keywords'), by PyArg_ParseTuple, positional only ('tuple':
   * "fromordinal() takes exactly 1 argument (0 given)"), or as METH_O's one argument ('one':
   * "Decimal.from_float() takes exactly one argument (0 given)", cArgsName qualified).
   */
  cArgsStyle: 'keywords' | 'tuple' | 'one' = 'keywords';
  jitCountdown = jitThreshold;
  /** jitCountdown's start: with it, the backward jumps taken so far (vm/cold_call_level.ts's warm-up). */
  backJumpsStart = jitThreshold;
  /** Calls of this code counted by the eval loop, up to cold_call_level.ts's WARMUP. */
  warmth = 0;
  /** Compiled loops by entry word index (null: that loop is not compiled), once asked. */
  jitEntries: JitEntries | null = null;
  /**
   * The operand stack depth each compiled loop head (jitEntries) and generator resume point
   * (genEntries) was compiled for. Code in a finally block is reached with different depths
   * (a normal exit, a return, an exception), so an entry is used only at its own depth.
   */
  jitDepths: Map<number, number> | null = null;
  genDepths: Map<number, number> | null = null;
  /** Compiled runs in a row that left within one turn of their loop (vm/jit.ts drops such loops). */
  jitShortRuns = 0;
  /** The instructions whose slow path compiled loops call instead of leaving, and the exits counted so far. */
  jitSlow: Set<number> = new Set();
  jitExits: Map<number, number> | null = null;
  /** How many times this code's loops were compiled again with more slow paths. */
  jitRecompiles = 0;
  /** Calls left before this function's body is compiled (vm/jit_call.ts). */
  fnCountdown = jitThreshold;
  /** The function's compiled body (null: not compilable), once asked. */
  fnEntry: FnEntry | null | undefined = undefined;
  /** Runs of the compiled body in the current count, and how many left the frame on their own (vm/jit_call.ts). */
  fnRuns = 0;
  fnLeft = 0;
  /** A generator's resumes left before its body is compiled from the yield it waits at (vm/jit_gen.ts). */
  genCountdown = jitThreshold;
  /** A generator's compiled body by resume point (the word after a yield; null: not compiled there), once asked. */
  genEntries: GenEntries | null = null;
  /**
   * The last resume point looked up in genEntries and what it held (-1: none): most
   * generators have one yield, and a pipeline resumes it millions of times. Reset wherever
   * genEntries changes.
   */
  genLastAt = -1;
  genLastDepth = -1;
  genLastEntry: GenEntry | null = null;
  /** Resumes in a row that left the compiled body before its next yield (vm/jit_gen.ts drops it after many). */
  genShortRuns = 0;

  constructor(init: CodeInit) {
    super(codeType);
    this.co_argcount = init.argcount;
    this.co_posonlyargcount = init.posonlyargcount;
    this.co_kwonlyargcount = init.kwonlyargcount;
    this.co_nlocals = init.nlocals;
    this.co_stacksize = init.stacksize;
    this.co_flags = init.flags;
    this.co_code = init.code;
    this.co_consts = init.consts;
    this.co_names = init.names;
    this.co_varnames = init.varnames;
    this.co_freevars = init.freevars;
    this.co_cellvars = init.cellvars;
    this.co_filename = init.filename;
    this.co_name = init.name;
    this.co_qualname = init.qualname;
    this.co_firstlineno = init.firstlineno;
    this.lines = init.lines;
    this.positions = init.positions ?? new Int32Array(0);
    this.hasDocstring = init.hasDocstring;
    this.words = decodeWords(init.code);
    this.fastWords = fuseWords(this.words);
    this.closeRunsCode = (init.flags & CO_GENLIKE) !== 0 && hasHandlerBlocks(this.words);
    this.nlocalsplus = init.nlocals + init.cellvars.length + init.freevars.length;
    this.globalCache = new Array<GlobalCache | undefined>(init.names.length).fill(undefined);
    this.attrCache = new Array<AttrCache | undefined>(this.words.length + 1).fill(undefined);
    let cell2arg: Int32Array | null = null;
    const nargs = init.argcount + init.kwonlyargcount + ((init.flags & CO_VARARGS) ? 1 : 0) + ((init.flags & CO_VARKEYWORDS) ? 1 : 0);
    this.nargs = nargs;
    init.cellvars.forEach((name, i) => {
      const a = init.varnames.indexOf(name);
      if (a >= 0 && a < nargs) {
        cell2arg ??= new Int32Array(init.cellvars.length).fill(-1);
        cell2arg[i] = a;
      }
    });
    this.cell2arg = cell2arg;
  }

  /**
   * The location of the instruction at byte offset `offset` (co_positions): line, end line,
   * column, end column, each -1 when not known.
   */
  positionAt(offset: number): [number, number, number, number] {
    if (offset < 0) return this.entryPosition(offset);
    const w = offset >> 1;
    const p = this.positions;
    if (4 * w + 3 >= p.length) return [-1, -1, -1, -1];
    return [p[4 * w], p[4 * w + 1], p[4 * w + 2], p[4 * w + 3]];
  }

  /**
   * The location of a frame stopped before its first instruction (byte offset -2: a hook
   * raised at its 'call' event, an interrupt at its entry, a throw() into a generator not
   * started), where 3.11's frame is at its RESUME: the def line with the empty column range
   * 0-0 (a traceback shows an empty caret line under it). A generator not started that gets a
   * throw() is before its RESUME (BEFORE_ENTRY), at a RETURN_GENERATOR without columns; a
   * module's RESUME is on line 0.
   */
  private entryPosition(offset: number): [number, number, number, number] {
    if (offset === BEFORE_ENTRY || this.co_name === '<module>') return [this.co_firstlineno, this.co_firstlineno, -1, -1];
    return [this.co_firstlineno, this.co_firstlineno, 0, 0];
  }

  /** Whether the instruction at byte offset `offset` has no line at all (f_lineno None: see NO_POSITION_LINE). */
  hasNoLine(offset: number): boolean {
    const i = 4 * (offset >> 1);
    return i < this.positions.length && this.positions[i] === NO_POSITION_LINE;
  }

  /**
   * The source line of the instruction at byte offset `offset`: its own, or that of the last
   * one before it that has a line; before any (a loop's SETUP_LOOP first in the code), the
   * line 3.11's RESUME has there: the def line, line 0 for a module.
   */
  lineAt(offset: number): number {
    const slot = offset >> 1;
    if (slot < this.lines.length && this.lines[slot] > 0) return this.lines[slot];
    for (let s = Math.min(slot, this.lines.length - 1); s >= 0; s--) if (this.lines[s] > 0) return this.lines[s];
    return this.co_name === '<module>' ? 0 : this.co_firstlineno;
  }
}

/** The traceback offset of a generator's frame that a throw() reached before it started (Code.positionAt). */
export const BEFORE_ENTRY = -4;

/** co_positions' line for an instruction whose frame reports f_lineno None (except*'s re-raise). */
export const NO_POSITION_LINE = -2;

/** Largest instruction argument: 23 bits, so that op | arg << 8 is a positive int32. */
const MAX_ARG = 0x7fffff;

function decodeWords(code: Uint8Array): Int32Array {
  const n = code.length >> 1;
  const words = new Int32Array(n);
  let ext = 0;
  for (let i = 0; i < n; i++) {
    const op = code[2 * i];
    const arg = code[2 * i + 1] | ext;
    // Signed 32-bit words keep every value the loop derives from them an int32 in V8 (a
    // Uint32Array load is a uint32, which V8 carries as a double through the loop's phis).
    if (arg > MAX_ARG) throw newException(SystemError, `code object too large for tpy: instruction argument ${arg} exceeds ${MAX_ARG}`);
    words[i] = op | (arg << 8);
    ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
  }
  return words;
}
