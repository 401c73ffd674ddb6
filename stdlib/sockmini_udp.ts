// What _sockmini's methods do on a datagram (SOCK_DGRAM) socket, as Linux's UDP does:
// bind, connect (a default peer and a filter, no handshake), sendto/send (one datagram
// each, never waiting for room), recvfrom/recv (one whole datagram each, cut to the
// buffer size and the rest dropped). _sockmini.ts parses the arguments and calls these;
// waiting goes through sockmini_wait.ts as for TCP, so the three modes behave alike.

import type { PyObject } from '../vm/objects/object.js';
import { PyBytes } from '../vm/objects/bytes.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { notImplementedError } from '../vm/objects/exceptions.js';
import type { VM } from '../vm/vm.js';
import { UdpEndpoint, MAX_UDP_PAYLOAD, type UdpAddress } from './sockmini_datagram.js';
import { whenReady } from './sockmini_wait.js';
import { literalIPv4, resolveIPv4, addressTuple, isBroadcastAddress, type InetAddress } from './sockmini_address.js';
import { socketError, socketErrorFromNode, cannotBlock } from './sockmini_errors.js';

/** The parts of a socket these need: its endpoint and its mode (null blocking, 0 non-blocking, > 0 seconds). */
export interface DatagramSocket {
  readonly timeout: number | null;
  readonly handles: { datagram: UdpEndpoint | null };
}

const endpoint = (s: DatagramSocket): UdpEndpoint => s.handles.datagram!;

/** Runs `then` with the host as an IPv4 literal: at once, or after resolving the name (parking). */
function withIPv4(vm: VM, host: string, what: string, then: (ip: string) => PyObject): PyObject {
  const ip = literalIPv4(host);
  if (ip !== null) return then(ip);
  if (!vm.canPark) throw cannotBlock(`${what} (resolving a host name)`);
  return vm.park(resolveIPv4(vm, host).then(then));
}

/** Raises the endpoint's pending error (clearing it), as the kernel reports sk_err once. */
function raisePending(vm: VM, ep: UdpEndpoint): void {
  const e = ep.pendingError;
  if (e === null) return;
  ep.pendingError = null;
  throw socketErrorFromNode(vm, e);
}

/** A Node call that may throw a system error, its error as the OSError Linux gives. */
function nodeCall(vm: VM, op: () => void): void {
  try {
    op();
  } catch (e) {
    throw socketErrorFromNode(vm, e);
  }
}

export function bindDatagram(vm: VM, s: DatagramSocket, addr: InetAddress): PyObject {
  const ep = endpoint(s);
  // As Linux: a socket already bound (by bind, connect or a first send) cannot be bound again.
  if (ep.bound) throw socketError(vm, 'EINVAL');
  return withIPv4(vm, addr.host, 'bind()', (ip) => {
    if (ep.bound) throw socketError(vm, 'EINVAL');
    nodeCall(vm, () => ep.bind(ip, addr.port));
    return None;
  });
}

/** connect(): no handshake, so it never waits (except to resolve a name); it binds an unbound socket. */
export function connectDatagram(vm: VM, s: DatagramSocket, addr: InetAddress): PyObject {
  const ep = endpoint(s);
  return withIPv4(vm, addr.host, 'connect()', (ip) => {
    if (addr.port === 0) throw notImplementedError('_sockmini: connect() of a UDP socket to port 0 is not supported');
    nodeCall(vm, () => ep.connect(ip, addr.port));
    return None;
  });
}

/**
 * Sends one datagram to `to` (null: the connected peer) and returns its length. The
 * checks Linux's udp_sendmsg makes before the datagram leaves come first; a failure Node
 * reports later is pending, for the next call on the socket.
 */
function sendOne(vm: VM, ep: UdpEndpoint, data: Uint8Array, to: UdpAddress | null): PyObject {
  if (to === null && ep.peer === null) throw socketError(vm, 'EDESTADDRREQ');
  if (data.length > MAX_UDP_PAYLOAD) throw socketError(vm, 'EMSGSIZE');
  if (to !== null) {
    if (to.port === 0) throw socketError(vm, 'EINVAL');
    if (!ep.broadcast && isBroadcastAddress(to.host)) throw socketError(vm, 'EACCES');
  }
  raisePending(vm, ep);
  if (ep.writeShut) throw socketError(vm, 'EPIPE');
  nodeCall(vm, () => ep.send(data, to));
  return data.length;
}

/** send(data) / sendall(data): one datagram to the connected peer. */
export function sendDatagram(vm: VM, s: DatagramSocket, data: Uint8Array): PyObject {
  return sendOne(vm, endpoint(s), data, null);
}

/** sendto(data, address): one datagram to the address (resolving a host name first). */
export function sendtoDatagram(vm: VM, s: DatagramSocket, data: Uint8Array, addr: InetAddress): PyObject {
  const ep = endpoint(s);
  return withIPv4(vm, addr.host, 'sendto()', (ip) => {
    const peer = ep.peer;
    if (peer !== null) {
      if (peer.host !== ip || peer.port !== addr.port) {
        throw notImplementedError('_sockmini: sendto() another address than the one a UDP socket is connected to is not supported');
      }
      return sendOne(vm, ep, data, null);
    }
    return sendOne(vm, ep, data, { host: ip, port: addr.port });
  });
}

/**
 * recv/recvfrom: waits (per `timeout`: the socket's mode, or 0 for MSG_DONTWAIT) for a datagram and returns its first `n` bytes (the rest of it
 * is dropped, unless `peek` leaves the datagram queued) with the sender's address.
 */
export function recvDatagram(
  vm: VM, s: DatagramSocket, n: number, peek: boolean, timeout: number | null, what: string,
  result: (data: PyBytes, from: PyObject) => PyObject,
): PyObject {
  const ep = endpoint(s);
  const ready = () => ep.readable(timeout === null);
  return whenReady(vm, ep, timeout, what, ready, () => {
    raisePending(vm, ep);
    const d = ep.take(peek);
    if (d === undefined) return result(new PyBytes(new Uint8Array(0)), None);
    const bytes = d.data.subarray(0, n);
    return result(new PyBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)), addressTuple(d.from.host, d.from.port));
  });
}

/**
 * accept() on a datagram socket: EOPNOTSUPP, as Linux's accept; in timeout mode CPython
 * first waits for the socket to be readable, so it times out when nothing comes.
 */
export function acceptDatagram(vm: VM, s: DatagramSocket, what: string): PyObject {
  const ep = endpoint(s);
  if (s.timeout === null || s.timeout === 0) throw socketError(vm, 'EOPNOTSUPP');
  return whenReady(vm, ep, s.timeout, what, () => ep.queued > 0 || ep.readShut, () => {
    throw socketError(vm, 'EOPNOTSUPP');
  });
}

/** shutdown(how) of a connected datagram socket: SHUT_WR makes sends fail with EPIPE; see UdpEndpoint.readShut for SHUT_RD. */
export function shutdownDatagram(vm: VM, s: DatagramSocket, how: number): PyObject {
  const ep = endpoint(s);
  if (ep.peer === null) throw socketError(vm, 'ENOTCONN');
  ep.shutdown(how === 0 || how === 2, how === 1 || how === 2);
  return None;
}

export const localAddress = (s: DatagramSocket): PyObject => {
  const a = endpoint(s).local;
  return newTuple([a?.host ?? '0.0.0.0', a?.port ?? 0]);
};

export function peerAddress(vm: VM, s: DatagramSocket): PyObject {
  const p = endpoint(s).peer;
  if (p === null) throw socketError(vm, 'ENOTCONN');
  return addressTuple(p.host, p.port);
}
