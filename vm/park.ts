// PARK: the value a native returns to say "I parked on the event loop" (see VM.park).

import { PyObj } from './objects/object.js';
import { makeNativeType } from './objects/type.js';

const parkType = makeNativeType('park_marker', undefined, { final: true });

/** Never visible to tpy code: the loop intercepts it at the call site. */
export const PARK: PyObj = new (class extends PyObj {})(parkType);
