// The kernel side of a _sockmini socket, modelled over Node's net: a connection's receive
// queue and send buffer, a listener's accept queue, and wake-ups for whoever waits on them.
//
// Node delivers bytes by events, so each connection keeps what arrived in `inbox` (the
// receive queue recv() reads from) and stops reading while it holds RCVBUF bytes, which
// pushes back on the peer as a full kernel buffer does. Bytes given to send() go to
// Node's write buffer; while it holds SNDBUF bytes the socket is "not writable", which is
// how send() sees backpressure. Handles are unref'd except while tpy code waits on them
// or data is still being flushed, so open sockets never keep a finished program alive.

import type { Socket, Server } from 'node:net';
import { nodeNet } from './node_lazy.js';

/** How many received bytes a connection holds before it stops reading (the receive buffer). */
export const RCVBUF = 256 * 1024;
/** How many unsent bytes a connection accepts before send() must wait (the send buffer). */
export const SNDBUF = 256 * 1024;

/** Something a wait is blocked on: it calls the wake-ups on every change of state. */
export abstract class Waitable {
  private readonly waiters = new Set<() => void>();
  private refs = 0;

  /** Registers a wake-up; the handle keeps Node's event loop alive until it is removed. */
  addWaiter(w: () => void): void {
    this.waiters.add(w);
    if (this.refs++ === 0) this.ref();
  }

  removeWaiter(w: () => void): void {
    if (!this.waiters.delete(w)) return;
    if (--this.refs === 0) this.unref();
  }

  /** Some wait is registered (the handle is ref'd for it). */
  protected get waiting(): boolean {
    return this.refs > 0;
  }

  protected wake(): void {
    for (const w of [...this.waiters]) w();
  }

  protected abstract ref(): void;
  protected abstract unref(): void;
}

/** One TCP connection (connecting, connected, or finished). */
export class TcpStream extends Waitable {
  /** Received bytes not yet read by recv(). */
  private inbox: Buffer[] = [];
  inboxBytes = 0;
  /** The peer sent FIN (and everything before it is in the inbox). */
  eof = false;
  /** A failure not yet reported to tpy code (sk_err): the next operation raises it. */
  pendingError: NodeJS.ErrnoException | null = null;
  connecting: boolean;
  connected: boolean;
  /** A connect() call has reported the established connection (a later one gets EISCONN). */
  connectReported = false;
  /** The connection is over (reset, failed, or destroyed). */
  finished = false;
  /** shutdown(SHUT_WR) or close() sent our FIN. */
  writeShut = false;
  /** shutdown(SHUT_RD): recv() reports end of stream. */
  readShut = false;
  local: { host: string; port: number } | null = null;
  peer: { host: string; port: number } | null = null;
  private flushing = false;

  constructor(readonly conn: Socket, alreadyConnected: boolean) {
    super();
    this.connecting = !alreadyConnected;
    this.connected = alreadyConnected;
    conn.unref();
    if (alreadyConnected) this.learnAddresses();
    conn.on('connect', () => {
      this.connecting = false;
      this.connected = true;
      this.learnAddresses();
      this.wake();
    });
    conn.on('data', (chunk: Buffer) => {
      if (this.readShut) return;
      this.inbox.push(chunk);
      this.inboxBytes += chunk.length;
      if (this.inboxBytes >= RCVBUF) conn.pause();
      this.wake();
    });
    conn.on('end', () => {
      this.eof = true;
      this.wake();
    });
    conn.on('drain', () => this.wake());
    conn.on('error', (e: NodeJS.ErrnoException) => {
      this.pendingError ??= e;
      // Node destroys the socket after an error ('close' follows a tick later): the connection,
      // or the attempt, is over now, for a send made before 'close' comes too (EPIPE, not EAGAIN).
      this.connecting = false;
      this.finished = true;
      this.wake();
    });
    conn.on('close', () => {
      this.finished = true;
      this.connecting = false;
      this.wake();
    });
  }

  private learnAddresses(): void {
    if (this.conn.localAddress !== undefined) this.local = { host: this.conn.localAddress, port: this.conn.localPort ?? 0 };
    if (this.conn.remoteAddress !== undefined) this.peer = { host: this.conn.remoteAddress, port: this.conn.remotePort ?? 0 };
  }

  /** The attempt failed before Node could start it (connecting to port 0, a bad argument). */
  fail(e: NodeJS.ErrnoException): void {
    this.pendingError = e;
    this.connecting = false;
    this.finished = true;
    this.conn.destroy();
    this.wake();
  }

  /** A connection accepted by a listener starts paused (pauseOnConnect): the program's accept() lets it read. */
  startReading(): void {
    if (this.inboxBytes < RCVBUF) this.conn.resume();
  }

  /** recv() would not wait: there are bytes, or end of stream, or an error to report. */
  get readable(): boolean {
    return this.inboxBytes > 0 || this.eof || this.readShut || this.finished || this.pendingError !== null;
  }

  /** Room left in the send buffer (never negative). */
  get room(): number {
    return Math.max(0, SNDBUF - this.conn.writableLength);
  }

  /** send() would not wait: there is room, or an error to report. */
  get writable(): boolean {
    return this.room > 0 || this.finished || this.writeShut || this.pendingError !== null;
  }

  /** Takes up to n received bytes (or just looks at them). */
  take(n: number, peek: boolean): Buffer {
    const parts: Buffer[] = [];
    let got = 0;
    let i = 0;
    while (got < n && i < this.inbox.length) {
      const chunk = this.inbox[i];
      const want = n - got;
      if (chunk.length <= want) {
        parts.push(chunk);
        got += chunk.length;
        i++;
      } else {
        parts.push(chunk.subarray(0, want));
        if (!peek) this.inbox[i] = chunk.subarray(want);
        got += want;
      }
    }
    if (!peek) {
      this.inbox.splice(0, i);
      this.inboxBytes -= got;
      if (this.inboxBytes < RCVBUF && this.conn.isPaused() && !this.finished) this.conn.resume();
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, got);
  }

  /** Queues bytes for sending; while they are not flushed the handle keeps the process alive. */
  write(data: Uint8Array): void {
    this.conn.write(data);
    if (this.conn.writableLength > 0 && !this.flushing) {
      this.flushing = true;
      this.conn.ref();
      const done = () => {
        this.flushing = false;
        this.conn.off('drain', done);
        this.conn.off('close', done);
        if (!this.waiting) this.conn.unref();
      };
      this.conn.on('drain', done);
      this.conn.on('close', done);
    }
  }

  /** shutdown(SHUT_WR): FIN after the queued bytes. */
  shutdownWrite(): void {
    if (this.writeShut) return;
    this.writeShut = true;
    if (!this.finished) this.conn.end();
  }

  /** shutdown(SHUT_RD): drop what is queued, report end of stream from now on. */
  shutdownRead(): void {
    this.readShut = true;
    this.inbox = [];
    this.inboxBytes = 0;
    this.wake();
  }

  /**
   * close(): as Linux closes a TCP socket: with unread bytes it resets the connection;
   * otherwise it flushes what was sent, then sends FIN, in the background.
   */
  close(): void {
    const conn = this.conn;
    if (this.finished || conn.destroyed) return;
    if (this.writeShut && !this.connecting) {
      // After shutdown(SHUT_WR) Node cannot reset the connection (its reset fails with EINVAL
      // and leaves the handle open for ever), and closing before the FIN is out would reset
      // it in the kernel: close once the FIN is sent. The peer reads end of stream, as on
      // Linux, where the FIN came first.
      if (conn.writableFinished) conn.destroy();
      else {
        conn.ref();
        conn.once('finish', () => conn.destroy());
      }
      return;
    }
    if (this.inboxBytes > 0 && !this.readShut) {
      conn.resetAndDestroy();
      return;
    }
    if (conn.writableLength === 0 || this.connecting) {
      conn.destroy();
      return;
    }
    conn.ref();
    conn.end(() => conn.destroy());
  }

  protected ref(): void {
    this.conn.ref();
  }

  protected unref(): void {
    if (!this.flushing) this.conn.unref();
  }
}

/** A listening socket: Node's server, and the connections it accepted that accept() has not taken yet. */
export class TcpListener extends Waitable {
  readonly queue: TcpStream[] = [];
  pendingError: NodeJS.ErrnoException | null = null;
  closed = false;
  /**
   * listen() was called. Node's server listens from bind() on; a connection that arrives before
   * is reset (the client's connect succeeded, its first read fails), where Linux refuses it.
   */
  accepting = false;

  constructor(readonly server: Server) {
    super();
    server.unref();
    server.on('connection', (conn: Socket) => {
      if (this.closed || !this.accepting) {
        conn.resetAndDestroy();
        return;
      }
      this.queue.push(new TcpStream(conn, true));
      this.wake();
    });
    server.on('error', (e: NodeJS.ErrnoException) => {
      this.pendingError ??= e;
      this.wake();
    });
  }

  get address(): { host: string; port: number } | null {
    const a = this.server.address();
    return a !== null && typeof a === 'object' ? { host: a.address, port: a.port } : null;
  }

  /** Closing a listening socket resets the connections still waiting in its queue. */
  close(): void {
    this.closed = true;
    this.server.close();
    for (const s of this.queue.splice(0)) s.conn.resetAndDestroy();
  }

  protected ref(): void {
    this.server.ref();
  }

  protected unref(): void {
    this.server.unref();
  }
}

/** A new outgoing connection (not yet connected). */
export function newOutgoingStream(): TcpStream {
  return new TcpStream(new (nodeNet().Socket)({ allowHalfOpen: true }), false);
}

/** A new listening server (not yet bound). */
export function newListener(): TcpListener {
  return new TcpListener(new (nodeNet().Server)({ allowHalfOpen: true, pauseOnConnect: true }));
}
