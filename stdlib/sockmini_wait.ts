// How a _sockmini call waits for its socket to become ready, in the socket's mode:
// blocking (timeout None) waits as long as it takes, timeout mode at most `timeout`
// seconds for readiness (the time moving bytes does not count), non-blocking never.
//
// Waiting parks the running tpy code on a promise (vm.park) and returns to Node's
// event loop: no polling, no CPU while blocked. Where tpy cannot park (a nested eval
// loop), a wait is a RuntimeError (see cannotBlock).

import type { PyObject } from '../vm/objects/object.js';
import type { VM } from '../vm/vm.js';
import type { Waitable } from './sockmini_stream.js';
import { cannotBlock, socketError, timedOut } from './sockmini_errors.js';
import { cancellable } from '../vm/park.js';

/** The longest delay setTimeout honours; a longer timeout waits without a timer (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `op` once `ready()` holds. `timeout`: null blocking, 0 non-blocking, > 0 seconds.
 * Returns op's value, or PARK after parking the VM until it is ready.
 */
export function whenReady(
  vm: VM, on: Waitable, timeout: number | null, what: string, ready: () => boolean, op: () => PyObject,
): PyObject {
  if (ready()) return op();
  if (timeout === 0) return nonBlocking(vm, ready, op);
  if (!vm.canPark) throw cannotBlock(what);
  return vm.park(waitUntilReady(vm, on, timeout, ready, op));
}

/** How many turns of Node's event loop a non-blocking call waits for before its EAGAIN. */
const NONBLOCKING_TURNS = 3;

/**
 * Non-blocking mode raises EAGAIN where it would wait. Bytes that reached the kernel
 * are only seen once Node's event loop turns, so when it can, the call first gives the
 * loop a few turns (setImmediate comes right after the poll phase): a program polling a
 * non-blocking socket in a loop does see data, as it would over a kernel socket. One turn
 * is not enough for what a socket of this process did just before: its close() sends the
 * FIN by Node's shutdown request, run in a later turn, and the peer reads it in the turn
 * after that, where CPython's peer sees the EOF at once.
 */
function nonBlocking(vm: VM, ready: () => boolean, op: () => PyObject): PyObject {
  if (!vm.canPark) throw socketError(vm, 'EAGAIN');
  return vm.park(
    new Promise((resolve, reject) => {
      let turns = 0;
      const check = () => {
        try {
          if (ready()) resolve(op());
          else if (++turns < NONBLOCKING_TURNS) setImmediate(check);
          else reject(socketError(vm, 'EAGAIN'));
        } catch (e) {
          reject(e);
        }
      };
      setImmediate(check);
    }),
  );
}

/**
 * A promise of op() once ready() holds, checked whenever something `on` waits for
 * changes; after `timeout` seconds, of `expired()` (by default rejected with
 * socket.timeout); rejected with KeyboardInterrupt on Ctrl-C when the VM listens for it
 * (the CLI), as a blocking call in CPython is interrupted by the signal.
 */
export function waitUntilReady(
  vm: VM, on: Waitable | readonly Waitable[], timeout: number | null, ready: () => boolean, op: () => PyObject,
  expired: () => PyObject = () => {
    throw timedOut();
  },
): Promise<PyObject> {
  const waitables = Array.isArray(on) ? (on as readonly Waitable[]) : [on as Waitable];
  let callOff = () => {};
  const promise = new Promise<PyObject>((resolve, reject) => {
    let timer: NodeJS.Timeout | null = null;
    const settle = (finish: () => void) => {
      for (const w of waitables) w.removeWaiter(check);
      if (timer !== null) clearTimeout(timer);
      if (vm.interruptible) process.off('SIGINT', interrupted);
      finish();
    };
    // The CLI's own SIGINT listener (registered first) has just set pendingInterrupt: take it over.
    const interrupted = () => {
      // Unless SIGINT has a handler of the program's (then the scheduler runs it while this waits).
      if (!vm.pendingInterrupt) return;
      settle(() => {
        vm.pendingInterrupt = false;
        reject(vm.makeKeyboardInterrupt());
      });
    };
    if (vm.interruptible) process.on('SIGINT', interrupted);
    const check = () => {
      if (!ready()) return;
      settle(() => {
        try {
          resolve(op());
        } catch (e) {
          reject(e);
        }
      });
    };
    for (const w of waitables) w.addWaiter(check);
    const ms = timeout === null ? Infinity : timeout * 1000;
    const finishExpired = () => {
      try {
        resolve(expired());
      } catch (e) {
        reject(e);
      }
    };
    if (ms <= MAX_TIMER_MS) timer = setTimeout(() => settle(finishExpired), ms);
    callOff = () => settle(() => {});
    check();
  });
  return cancellable(promise, () => callOff());
}
