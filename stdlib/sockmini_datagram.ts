// The kernel side of a _sockmini datagram (UDP) socket, modelled over Node's dgram: its
// receive queue of whole datagrams, its bound address, its default peer, and wake-ups
// for whoever waits on it (the same Waitable as a TCP connection's, so recv, select and
// selectors wait on a UDP socket through sockmini_wait.ts and sockmini_poll.ts).
//
// Node's dgram resolves every address through a lookup function before it binds,
// connects or sends, by default on a later tick. Ours answers at once (the callers pass
// IPv4 literals only, resolving names themselves), so bind, connect and send reach the
// kernel during the call, as the system calls do: a bind error is known when bind()
// returns, and a datagram is in the peer's queue when sendto() returns.

import type { Socket as DgramSocket, SocketOptions } from 'node:dgram';
import { Waitable } from './sockmini_stream.js';

/**
 * Node's dgram, loaded at the first UDP socket rather than imported: the start-up snapshot
 * (bin/snapshot.ts) is built from the bundle, and node:dgram is not among the built-in
 * modules node vouches for in a snapshot.
 */
function createSocket(options: SocketOptions): DgramSocket {
  const dgram = process.getBuiltinModule('node:dgram') as typeof import('node:dgram');
  return dgram.createSocket(options);
}

/** The largest UDP payload over IPv4 (65535 less the IP and UDP headers): larger sends get EMSGSIZE. */
export const MAX_UDP_PAYLOAD = 65507;

export interface UdpAddress {
  host: string;
  port: number;
}

/** One received datagram and who sent it. */
export interface Datagram {
  data: Buffer;
  from: UdpAddress;
}

/** Node's lookup, answered at once: every address reaching Node here is already an IPv4 literal. */
const literalLookup = (address: string, _family: unknown, callback: (e: null, a: string, f: number) => void) =>
  callback(null, address, 4);

/** A datagram socket: created at socket(), its Node socket only once it is bound (bind, connect, or a first send). */
export class UdpEndpoint extends Waitable {
  private sock: DgramSocket | null = null;
  /** Received datagrams not yet read, oldest first. */
  private readonly inbox: Datagram[] = [];
  private inboxBytes = 0;
  /** An error not yet reported (an ICMP "port unreachable" on a connected socket): the next call raises it. */
  pendingError: NodeJS.ErrnoException | null = null;
  local: UdpAddress | null = null;
  /** connect()'s default peer: send() goes there, and only its datagrams are received. */
  peer: UdpAddress | null = null;
  /** shutdown(SHUT_RD): a blocking recv() on an empty queue returns b'' instead of waiting. */
  readShut = false;
  /** shutdown(SHUT_WR): sending fails with EPIPE. */
  writeShut = false;
  /** SO_REUSEADDR and SO_BROADCAST as set by setsockopt. */
  reuseAddr = false;
  broadcast = false;
  /** How many bytes of datagrams the socket queues before it drops new ones (SO_RCVBUF; Linux's default rmem). */
  rcvbuf = 212992;
  /** Sends Node has not completed: the socket keeps the process alive, and a close() waits for them. */
  private sending = 0;
  private closed = false;
  /** An error of the bind or connect under way, caught for its caller instead of pending. */
  private opError: NodeJS.ErrnoException | null = null;
  private inOp = false;

  get bound(): boolean {
    return this.local !== null;
  }

  /**
   * recv() would not wait: a datagram or an error to report. After SHUT_RD Linux's
   * blocking recv returns b'' on an empty queue, but in timeout mode CPython polls (which
   * says readable) and its recv gets EAGAIN, again and again until the timeout.
   */
  readable(blocking: boolean): boolean {
    return this.inbox.length > 0 || this.pendingError !== null || (this.readShut && blocking);
  }

  /** The oldest datagram, taken from the queue or (peek) left in it. */
  take(peek: boolean): Datagram | undefined {
    if (peek) return this.inbox[0];
    const d = this.inbox.shift();
    if (d !== undefined) this.inboxBytes -= d.data.length;
    return d;
  }

  private open(): DgramSocket {
    const sock = createSocket({ type: 'udp4', reuseAddr: this.reuseAddr, lookup: literalLookup as never });
    sock.on('message', (data: Buffer, rinfo) => {
      if (this.closed) return;
      // A full receive queue drops what comes, as UDP does.
      if (this.inboxBytes + data.length > this.rcvbuf) return;
      this.inbox.push({ data, from: { host: rinfo.address, port: rinfo.port } });
      this.inboxBytes += data.length;
      this.wake();
    });
    sock.on('error', (e: NodeJS.ErrnoException) => {
      if (this.inOp) this.opError ??= e;
      else this.pendingError ??= e;
      this.wake();
    });
    this.sock = sock;
    this.updateRef();
    return sock;
  }

  /** Runs a Node call whose errors Node emits during it (our lookup answers at once): throws the first. */
  private during(op: () => void): void {
    this.inOp = true;
    this.opError = null;
    try {
      op();
    } finally {
      this.inOp = false;
    }
    const e = this.opError;
    this.opError = null;
    if (e !== null) throw e;
  }

  /** bind(): throws Node's error (EADDRINUSE, EADDRNOTAVAIL...), the socket staying unbound. */
  bind(ip: string, port: number): void {
    const sock = this.sock ?? this.open();
    try {
      this.during(() => sock.bind({ address: ip, port, exclusive: true }));
    } catch (e) {
      // Node's socket cannot be bound again after a failed bind: start afresh next time.
      this.sock = null;
      sock.close();
      throw e;
    }
    const a = sock.address();
    this.local = { host: a.address, port: a.port };
    if (this.broadcast) sock.setBroadcast(true);
  }

  /** Binds to an ephemeral port on every address, as Linux does before a first send or connect. */
  autobind(): void {
    if (!this.bound) this.bind('0.0.0.0', 0);
  }

  /** connect(): the default peer (Node's connect, so the kernel filters and reports ICMP errors). */
  connect(ip: string, port: number): void {
    this.autobind();
    const sock = this.sock!;
    if (this.peer !== null) {
      sock.disconnect();
      this.peer = null;
    }
    this.during(() => sock.connect(port, ip));
    const local = sock.address();
    this.local = { host: local.address, port: local.port };
    this.peer = { host: ip, port };
  }

  /** Sends one datagram (to the default peer when `to` is null); Node's later failures become pending errors. */
  send(data: Uint8Array, to: UdpAddress | null): void {
    this.autobind();
    const sock = this.sock!;
    this.sending++;
    this.updateRef();
    const done = (e: Error | null) => {
      this.sending--;
      if (e) this.pendingError ??= e as NodeJS.ErrnoException;
      if (this.closed) this.finishClose();
      else this.updateRef();
      if (e) this.wake();
    };
    if (to === null) sock.send(data, done);
    else sock.send(data, to.port, to.host, done);
  }

  /** shutdown(): SHUT_RD (UDP keeps receiving: only an empty queue reads differently), SHUT_WR makes sends fail. */
  shutdown(read: boolean, write: boolean): void {
    if (read) this.readShut = true;
    if (write) this.writeShut = true;
    this.wake();
  }

  /** How many datagrams wait in the receive queue. */
  get queued(): number {
    return this.inbox.length;
  }

  setBroadcast(on: boolean): void {
    this.broadcast = on;
    if (this.bound) this.sock?.setBroadcast(on);
  }

  /** close(): the queue is dropped; Node's socket closes once the datagrams being sent are out. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.inbox.length = 0;
    this.inboxBytes = 0;
    this.finishClose();
  }

  private finishClose(): void {
    if (this.sending > 0 || this.sock === null) return;
    this.sock.close();
    this.sock = null;
  }

  /** The Node socket keeps the process alive only while tpy code waits on it or a send is under way. */
  private updateRef(): void {
    if (this.sock === null) return;
    if (this.waiting || this.sending > 0) this.sock.ref();
    else this.sock.unref();
  }

  protected ref(): void {
    this.sock?.ref();
  }

  protected unref(): void {
    this.updateRef();
  }
}
