// Generator, coroutine and async generator objects: a suspended frame plus its state
// (vm/gen_frames.ts resumes and suspends its frame). As in CPython, the three share one
// machinery and differ by their code's flags (CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR):
// PyGenBase holds the frame state, and each kind is its own JS class so that the eval loop's
// `instanceof PyGenerator` fast paths (for loops, yield from) stay about plain generators.

import { PyObj } from './object.js';
import type { PyObject } from './object.js';
import { makeNativeType } from './type.js';
import type { PyType } from './type.js';
import type { Frame } from '../frame.js';
import type { PyBaseException } from './exceptions.js';
import { stampingAllocations, nextStamp } from '../alloc_stamps.js';

export const generatorType = makeNativeType('generator', undefined, { final: true });
export const coroutineType = makeNativeType('coroutine', undefined, { final: true });
export const asyncGeneratorType = makeNativeType('async_generator', undefined, { final: true });

/** Who resumed a running generator, which says where its yielded or returned value goes. */
export enum Resumer {
  /** A native (next(), list(), send()...) through generatorSend: a nested eval loop. */
  NATIVE = 0,
  /** FOR_ITER of the frame below, in the same loop: a yield pushes the value, a return ends the loop. */
  FOR_ITER = 1,
  /** YIELD_FROM of the (generator) frame below, in the same loop: a yield passes through it. */
  YIELD_FROM = 2,
  /**
   * A call of its send() or __next__() by the frame below, in the same loop (vm/gen_call.ts):
   * a yield is the call's result, a return raises StopIteration at the call.
   */
  CALL = 3,
}

export abstract class PyGenBase extends PyObj {
  /** Running right now (re-entering raises "generator already executing"). */
  running = false;
  /** Finished: returned or raised; further sends raise StopIteration. */
  finished = false;
  /** Not started yet: only None may be sent. */
  started = false;
  /**
   * The activation of the frame that was running when the generator was made (Frame.activation;
   * 0: none), and its next instruction then
   * (the one after the call): a `for` loop right there owns it (vm/owned_iterators.ts).
   */
  maker = 0;
  makerPc = -1;
  /** The exception being handled inside the generator, kept across suspensions. */
  excState: PyBaseException | null = null;
  /** While running: the resumer's handled exception, restored when the generator yields or exits. */
  callerExc: PyBaseException | null = null;
  /** While running: who resumed it. */
  resumer = Resumer.NATIVE;
  /** Whether YIELD_FROM's last resume sent a value other than None (a tracer then sees StopIteration). */
  sentValue = false;
  /**
   * While a native drains the generator (generatorPump): takes each yielded value and
   * returns true, so that the generator goes on at once without leaving the loop, or
   * returns false to get the value back as a plain yield. It must not run tpy code or throw,
   * and a refusal must leave no trace: a compiled body offers the value too (GenSink, vm/jit.ts).
   */
  sink: ((v: PyObject) => boolean) | null = null;
  /**
   * Set when the generator's compiled body (vm/jit_gen.ts) left it suspended in the middle
   * of its code, not at a yield: the next resume runs on from there without a sent value.
   */
  midBody = false;
  /**
   * The built-in (send, __next__, throw) a profiler saw called when the eval loop resumed
   * this generator for a call (Resumer.CALL): its c_return or c_exception is due when the
   * generator yields, returns or raises. null: none.
   */
  callBuiltin: PyObject | null = null;
  /** What a native its compiled body called raised: raised into the frame where the eval loop resumes it. */
  pendingThrow: PyBaseException | null = null;
  /**
   * Where the frame's slots (locals, then operands) are saved while it is suspended:
   * one array for the generator's life, so that a yield allocates nothing.
   */
  slots: PyObject[];
  name: string;
  qualname: string;
  /** 'generator', 'coroutine' or 'async generator': how messages name this kind. */
  abstract readonly kindName: string;
  /** When it was made (vm/alloc_stamps.ts), 0 if before stamps began. */
  born: number;
  constructor(readonly frame: Frame, name: string, qualname: string, type: PyType) {
    super(type);
    this.name = name;
    this.qualname = qualname;
    this.slots = frame.saved ?? [];
    frame.generator = this;
    this.born = stampingAllocations ? nextStamp(this) : 0;
  }
}

export class PyGenerator extends PyGenBase {
  readonly kindName = 'generator';
  constructor(frame: Frame, name: string, qualname: string) {
    super(frame, name, qualname, generatorType);
  }
}

/** The object an `async def` call returns: awaited through YIELD_FROM like a generator. */
export class PyCoroutine extends PyGenBase {
  readonly kindName = 'coroutine';
  constructor(frame: Frame, name: string, qualname: string) {
    super(frame, name, qualname, coroutineType);
  }
}

/** The object an `async def` with `yield` returns; its asend/athrow awaitables drive it (vm/methods/async_generator.ts). */
export class PyAsyncGen extends PyGenBase {
  readonly kindName = 'async generator';
  /** aclose() was called or the generator finished: __anext__ raises StopAsyncIteration. */
  closed = false;
  /** An asend/athrow awaitable is running it (3.11: "anext(): asynchronous generator is already running"). */
  runningAsync = false;
  /** The sys.set_asyncgen_hooks hooks were consulted (its first iteration: vm/asyncgen_hooks.ts). */
  hooksInited = false;
  /** The finalizer hook set then: called with the generator when it is dropped suspended. */
  finalizer: PyObject | null = null;
  constructor(frame: Frame, name: string, qualname: string) {
    super(frame, name, qualname, asyncGeneratorType);
  }
}
