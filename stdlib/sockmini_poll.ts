// Readiness of descriptors as Linux's poll reports it, for the select module: which of
// POLLIN, POLLOUT, POLLERR, POLLHUP... a descriptor has now, and a wait until one of a
// set of descriptors has what its caller asks for.
//
// A socket's state lives in its TcpStream or TcpListener (sockmini_stream.ts); the masks
// follow what tcp_poll computes from the kernel's socket, so select(), poll() and epoll
// agree with CPython on Linux, a fresh socket included (writable and hung up).

import { fstatSync } from 'node:fs';
import type { VM } from '../vm/vm.js';
import type { PyObject } from '../vm/objects/object.js';
import { TcpListener, TcpStream, type Waitable } from './sockmini_stream.js';
import type { UdpEndpoint } from './sockmini_datagram.js';
import { socketAt } from './_sockmini.js';
import { isProgramFd, nodeDescriptor } from './fd_table.js';
import { waitUntilReady } from './sockmini_wait.js';
import { cannotBlock } from './sockmini_errors.js';

export const POLLIN = 0x001;
export const POLLPRI = 0x002;
export const POLLOUT = 0x004;
export const POLLERR = 0x008;
export const POLLHUP = 0x010;
export const POLLNVAL = 0x020;
export const POLLRDNORM = 0x040;
export const POLLRDBAND = 0x080;
export const POLLWRNORM = 0x100;
export const POLLWRBAND = 0x200;
export const POLLMSG = 0x400;
export const POLLRDHUP = 0x2000;

/** What select() counts as readable, writable and exceptional (Linux's POLLIN_SET...). */
export const SELECT_READ = POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR;
export const SELECT_WRITE = POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR;
export const SELECT_EXCEPT = POLLPRI;

function streamMask(st: TcpStream): number {
  let mask = 0;
  if (st.pendingError !== null) mask |= POLLERR;
  if (st.connecting) return mask;
  const hungUp = st.finished || (st.writeShut && (st.eof || st.readShut));
  if (hungUp) mask |= POLLHUP;
  if (st.inboxBytes > 0 || st.eof || st.readShut || st.finished) mask |= POLLIN | POLLRDNORM;
  if (st.eof || st.readShut || st.finished) mask |= POLLRDHUP;
  if (!st.writeShut && (st.finished || st.room > 0)) mask |= POLLOUT | POLLWRNORM;
  return mask;
}

function listenerMask(l: TcpListener): number {
  let mask = 0;
  if (l.queue.length > 0) mask |= POLLIN | POLLRDNORM;
  if (l.pendingError !== null) mask |= POLLERR;
  return mask;
}

/** A UDP socket's events as Linux's datagram_poll reports them: always writable, readable with a datagram queued. */
function datagramMask(ep: UdpEndpoint): number {
  let mask = POLLOUT | POLLWRNORM | POLLWRBAND;
  if (ep.pendingError !== null) mask |= POLLERR;
  if (ep.queued > 0) mask |= POLLIN | POLLRDNORM;
  if (ep.readShut) mask |= POLLRDHUP | POLLIN | POLLRDNORM;
  if (ep.readShut && ep.writeShut) mask |= POLLHUP;
  return mask;
}

/**
 * The events descriptor `fd` has now; POLLNVAL when it is not open. A socket not yet
 * connected nor bound is writable and hung up (tcp_poll's TCP_CLOSE); a descriptor that
 * is no socket (a file, stdin) is always ready, as a regular file is.
 */
export function pollMask(vm: VM, fd: number): number {
  const at = socketAt(vm, fd);
  if (at === 'other') return 0;
  if (at instanceof TcpStream) return streamMask(at);
  if (at !== undefined) {
    if (at.datagram !== null) return datagramMask(at.datagram);
    if (at.stream !== null) return streamMask(at.stream);
    if (at.listener !== null) return listenerMask(at.listener);
    return POLLOUT | POLLWRNORM | POLLHUP;
  }
  // A file of the program (fd_table.ts); any other number is not open in it.
  if (!isProgramFd(vm, fd)) return POLLNVAL;
  try {
    fstatSync(nodeDescriptor(vm, fd));
  } catch {
    return POLLNVAL;
  }
  return POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM;
}

/** What a wait on `fd` wakes on: its connection or listener, if it is a socket of ours. */
export function waitableAt(vm: VM, fd: number): Waitable | null {
  const at = socketAt(vm, fd);
  if (at === undefined || at === 'other') return null;
  if (at instanceof TcpStream) return at;
  return at.stream ?? at.listener ?? at.datagram;
}

/**
 * Runs `scan` (which reports what is ready, or null when nothing is) until it reports
 * something, waking on any change of the descriptors `fds`. `timeout`: null waits as long
 * as it takes, otherwise seconds, after which `scan`'s empty answer `none()` is returned.
 * Returns the answer, or PARK after parking the VM.
 *
 * Where it can park, the first scan comes after one turn of Node's event loop: a kernel
 * hands bytes written over loopback to the peer at once, Node only when its loop polls,
 * so without the turn a select() right after a send() would miss what the peer already
 * has (as a non-blocking recv() gives the loop a turn before its EAGAIN).
 */
export function pollUntil(
  vm: VM, fds: readonly number[], timeout: number | null, what: string,
  scan: () => PyObject | null, none: () => PyObject,
): PyObject {
  if (!vm.canPark) {
    const now = scan();
    if (now !== null) return now;
    if (timeout === 0) return none();
    throw cannotBlock(what);
  }
  const on: Waitable[] = [];
  for (const fd of fds) {
    const w = waitableAt(vm, fd);
    if (w !== null && !on.includes(w)) on.push(w);
  }
  return vm.park(new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        const now = scan();
        if (now !== null || timeout === 0) {
          resolve(now ?? none());
          return;
        }
      } catch (e) {
        reject(e);
        return;
      }
      let answer: PyObject | null = null;
      waitUntilReady(vm, on, timeout, () => (answer = scan()) !== null, () => answer!, none).then(resolve, reject);
    });
  }));
}
