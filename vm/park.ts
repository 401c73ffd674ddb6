// PARK: the value a native returns to say "I parked on the event loop" (see VM.park).

import { PyObj } from './objects/object.js';
import { makeNativeType } from './objects/type.js';

const parkType = makeNativeType('park_marker', undefined, { final: true });

/** Never visible to tpy code: the loop intercepts it at the call site. */
export const PARK: PyObj = new (class extends PyObj {})(parkType);

/** What a park resolves to when the loop resumes without a value (a yield for signals). */
export const NO_VALUE: PyObj = new (class extends PyObj {})(parkType);
