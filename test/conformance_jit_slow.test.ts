// The conformance corpus with every loop compiled at its first backward jump and every slow
// path compiled in (vm/jit.ts): the helpers a compiled loop calls, their exceptions and the
// hooks they set, must leave the output CPython's.
import { setJitThreshold } from '../dist/vm/code.js';
import { setJitAllSlowPaths } from '../dist/vm/jit.js';

setJitThreshold(1);
setJitAllSlowPaths(true);
await import('./conformance.test.js');
