// The errors _sockmini raises: OSError subclasses with Linux errno numbers and strerror texts, gaierror, timeout.

import { PyBaseException, OSError, TimeoutError, RuntimeError, newException } from '../vm/objects/exceptions.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { call } from '../vm/ops/call.js';
import type { VM } from '../vm/vm.js';
import { errnoNumber, strerror, type ErrnoName } from './linux_errno.js';

export type { ErrnoName };

/**
 * OSError(errno, strerror) through OSError's own constructor, so the errno picks the
 * subclass as CPython's errnomap does (111 -> ConnectionRefusedError, 11 -> BlockingIOError...).
 */
export function socketError(vm: VM, name: ErrnoName): PyBaseException {
  const errno = errnoNumber(name)!;
  return call(vm, OSError, [errno, strerror(errno)]) as PyBaseException;
}

/** A Node system error (ECONNREFUSED, EPIPE...) as the OSError Linux would have given. */
export function socketErrorFromNode(vm: VM, e: unknown): PyBaseException {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  if (errnoNumber(code) !== undefined) return socketError(vm, code as ErrnoName);
  if (code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END') return socketError(vm, 'EPIPE');
  const errno = (e as NodeJS.ErrnoException)?.errno;
  const message = e instanceof Error ? e.message : String(e);
  return call(vm, OSError, [typeof errno === 'number' ? Math.abs(errno) : 5, message]) as PyBaseException;
}

/** socket.gaierror: getaddrinfo's failures, negative EAI_* numbers (its __module__ is 'socket', as in CPython). */
export const gaierror: PyType = makeNativeType('gaierror', OSError, {
  module: 'socket',
  allocate: (cls) => new PyBaseException(cls, []),
  instanceDict: true,
});

/** socket.herror, for completeness of the hierarchy (nothing in tpy raises it). */
export const herror: PyType = makeNativeType('herror', OSError, {
  module: 'socket',
  allocate: (cls) => new PyBaseException(cls, []),
  instanceDict: true,
});

/** glibc's EAI_* numbers and gai_strerror texts, keyed by the code Node's dns.lookup reports. */
const EAI: Record<string, [number, string]> = {
  ENOTFOUND: [-2, 'Name or service not known'],
  EAI_AGAIN: [-3, 'Temporary failure in name resolution'],
  EAI_FAIL: [-4, 'Non-recoverable failure in name resolution'],
  ENODATA: [-5, 'No address associated with hostname'],
  EAI_FAMILY: [-6, 'ai_family not supported'],
  EAI_MEMORY: [-10, 'Memory allocation failure'],
  EAI_SYSTEM: [-11, 'System error'],
};

export function gaiError(vm: VM, nodeCode: string | undefined): PyBaseException {
  const [errno, strerror] = EAI[nodeCode ?? ''] ?? EAI.ENOTFOUND;
  return call(vm, gaierror, [errno, strerror]) as PyBaseException;
}

/** socket.timeout is TimeoutError since 3.10: `TimeoutError: timed out`, errno None. */
export function timedOut(): PyBaseException {
  return newException(TimeoutError, 'timed out');
}

/**
 * DIVERGENCE: CPython blocks the thread here; tpy cannot wait in a nested eval loop.
 * A socket operation that must wait, called where tpy cannot suspend (native code
 * calling back into tpy: a for loop's __next__, __repr__, a sort key...): the same
 * limit greenlet has across a C stack.
 */
export function cannotBlock(what: string): PyBaseException {
  return newException(
    RuntimeError,
    `cannot block in ${what}: tpy can only wait for a socket in code it can suspend, not inside a call ` +
      'made by native code (a for loop over an object, __next__, __repr__, a sort key...)',
  );
}
