// PARK: the value a native returns to say "I parked on the event loop" (see VM.park).

import { PyObj } from './objects/object.js';
import { makeNativeType } from './objects/type.js';

const parkType = makeNativeType('park_marker', undefined, { final: true });

/** Never visible to tpy code: the loop intercepts it at the call site. */
export const PARK: PyObj = new (class extends PyObj {})(parkType);

/** What a park resolves to when the loop resumes without a value (a yield for signals). */
export const NO_VALUE: PyObj = new (class extends PyObj {})(parkType);

/**
 * How to call off the wait behind a park's promise, for a wait something else ends first (a
 * signal handler's exception): its operation must then not go on and take what it waited for.
 */
const cancels = new WeakMap<Promise<unknown>, () => void>();

/** Records how `promise`'s wait is called off; returns the promise. */
export function cancellable<T>(promise: Promise<T>, cancel: () => void): Promise<T> {
  cancels.set(promise, cancel);
  return promise;
}

/** The way to call off `promise`'s wait, if it has one. */
export function cancelOf(promise: Promise<unknown>): (() => void) | null {
  return cancels.get(promise) ?? null;
}
