// Profile and trace hooks: tpy's PyEval_SetProfile / PyEval_SetTrace.
//
// A hook is a native callback `(frame, event, arg)`. The eval loop calls it at
// the same points CPython 3.11 does:
//   profile: 'call' (a tpy frame starts or a generator resumes), 'return' (arg: the
//            value returned or yielded, None when an exception unwinds the frame),
//            'c_call' / 'c_return' / 'c_exception' around a call of a built-in
//            function or method descriptor from tpy code (arg: the built-in, bound
//            to its self for method descriptors);
//   trace:   'call', 'line', 'return', 'exception' (arg: (type, value, traceback)),
//            'opcode' (when frame.traceOpcodes is set); 'line' only while
//            frame.traceLines is true.
// While a hook runs, hooks are off (vm.hookDepth > 0), so the hook's own tpy calls
// produce no events. An exception thrown by a hook propagates into the tpy code at
// the point of the event. sys.setprofile / sys.settrace install hooks that call a
// tpy function and keep frame.f_trace, as sysmodule.c's trampolines do.
//
// Hooks off the fast path: the loop tests `vm.hooked` (true while either hook is
// set) once per call and return; per-instruction events run only in frames that
// started while tracing was on, through a traced copy of the bytecode.

import type { PyObject } from './objects/object.js';
import type { Frame } from './frame.js';

export type ProfileEvent = 'call' | 'return' | 'c_call' | 'c_return' | 'c_exception';
export type TraceEvent = 'call' | 'line' | 'return' | 'exception' | 'opcode';
export type HookEvent = ProfileEvent | TraceEvent;

/** A native hook: the PyEval_SetProfile / PyEval_SetTrace callback of tpy. */
export type HookFn = (frame: Frame, event: HookEvent, arg: PyObject) => void;
