// The conformance corpus again, with every loop compiled at its first backward jump (vm/jit.ts):
// whatever a compiled loop leaves to the eval loop, the output must stay CPython's.
import { setJitThreshold } from '../dist/vm/code.js';

setJitThreshold(1);
await import('./conformance.test.js');
