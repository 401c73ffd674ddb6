// The _sockmini module: a minimal IPv4 socket type, TCP over Node's net and UDP over Node's
// dgram (socketmodule.c stripped down).
//
// A TCP sockmini is a file descriptor number plus, once used, either a connection
// (TcpStream) or a listener (TcpListener); see sockmini_stream.ts for how those model
// the kernel's buffers and sockmini_wait.ts for the blocking / timeout / non-blocking modes.
// A UDP sockmini has a UdpEndpoint from the start (sockmini_datagram.ts); what its
// methods do is in sockmini_udp.ts.

import { hostname } from 'node:os';
import { PyObj, PyObject } from '../vm/objects/object.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { PyBytes, PyByteArray, bufferBytes } from '../vm/objects/bytes.js';
import { PyFloat } from '../vm/objects/float.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { builtin, defGetter, defMethod, NativeFn, KwArgs, PyMethodDescriptor } from '../vm/objects/function.js';
import { OSError, TimeoutError, typeError, valueError, notImplementedError, PyBaseException } from '../vm/objects/exceptions.js';
import { typeOf, argTypeName } from '../vm/ops/typeof.js';
import { index, truthy } from '../vm/ops/convert.js';
import { parseArgs } from '../vm/methods/args.js';
import { defNew } from '../vm/methods/object.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { TcpStream, TcpListener, newOutgoingStream, newListener } from './sockmini_stream.js';
import { whenReady, waitUntilReady } from './sockmini_wait.js';
import { parseInetAddress, literalIPv4, resolveIPv4, addressTuple, InetAddress } from './sockmini_address.js';
import { socketError, socketErrorFromNode, gaierror, herror, cannotBlock } from './sockmini_errors.js';
import { fdTable, allocFd, freeFd, OsDescriptor, type FdTable } from './fd_table.js';
import { UdpEndpoint } from './sockmini_datagram.js';
import {
  bindDatagram, connectDatagram, sendDatagram, sendtoDatagram, recvDatagram, acceptDatagram, shutdownDatagram,
  localAddress, peerAddress,
} from './sockmini_udp.js';

export const AF_INET = 2;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
const SOCK_RAW = 3;
const SOCK_PACKET = 10;
/** Linux's socket types are below SOCK_MAX. */
const SOCK_MAX = 11;
const SOCK_NONBLOCK = 0o4000;
const SOCK_CLOEXEC = 0o2000000;
const SOL_SOCKET = 1;
const SO_REUSEADDR = 2;
const SO_TYPE = 3;
const SO_ERROR = 4;
const SO_BROADCAST = 6;
const SO_SNDBUF = 7;
const SO_RCVBUF = 8;
const SO_KEEPALIVE = 9;
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;
const IPPROTO_UDPLITE = 136;
const IPPROTO_MPTCP = 262;
const TCP_NODELAY = 1;
const MSG_PEEK = 2;
const MSG_DONTWAIT = 64;

// ---------------------------------------------------------------- per-VM state

/**
 * What a VM's sockets share: the default timeout, sockets accepted but not yet wrapped.
 * Their descriptor numbers are the program's (fd_table.ts), shared with its files.
 */
interface SockState {
  /** null: blocking; 0: non-blocking; > 0: seconds. */
  defaultTimeout: number | null;
  /** Connections behind a descriptor no sockmini owns yet (_accept, detach), adopted by sockmini(fileno=fd). */
  detached: Map<number, TcpStream>;
}

const states = new WeakMap<VM, SockState>();

function stateOf(vm: VM): SockState {
  let s = states.get(vm);
  if (s === undefined) {
    s = { defaultTimeout: null, detached: new Map() };
    states.set(vm, s);
  }
  return s;
}

/**
 * What descriptor `fd` is among the VM's sockets: a socket's connection or listener, a
 * connection accepted and not adopted yet, 'other' for a descriptor of ours that is no
 * socket (an epoll object), or undefined when no socket has that number.
 */
export function socketAt(vm: VM, fd: number): SocketHandles | TcpStream | 'other' | undefined {
  const h = fdTable(vm).get(fd);
  if (h === undefined || h instanceof OsDescriptor) return undefined;
  return (h as SocketHandles | null) ?? stateOf(vm).detached.get(fd) ?? 'other';
}

// ---------------------------------------------------------------- the sockmini type

export const sockminiType: PyType = makeNativeType('sockmini', undefined, {
  module: '_sockmini',
  allocate: (cls) => new PySockmini(cls, null),
});

/**
 * What a socket owns in the "kernel": its descriptor number and its connection or
 * listener. Kept apart from the PySockmini so that, when a socket is garbage collected
 * without close(), the finalizer can release them (CPython closes a socket on dealloc).
 */
export interface SocketHandles {
  fd: number;
  stream: TcpStream | null;
  listener: TcpListener | null;
  /** A datagram socket's endpoint (from socket() on; null for TCP). */
  datagram: UdpEndpoint | null;
  /** The VM's descriptor table the fd was allocated from. */
  fds: FdTable | null;
}

function releaseHandles(h: SocketHandles): void {
  if (h.fd >= 0) h.fds?.delete(h.fd);
  h.fd = -1;
  h.stream?.close();
  h.listener?.close();
  h.listener = null;
  h.datagram?.close();
}

const unclosedSockets = new FinalizationRegistry<SocketHandles>(releaseHandles);

export class PySockmini extends PyObj {
  readonly handles: SocketHandles = { fd: -1, stream: null, listener: null, datagram: null, fds: null };
  family = AF_INET;
  type = SOCK_STREAM;
  proto = 0;
  /** null: blocking; 0: non-blocking; > 0: timeout in seconds. */
  timeout: number | null;
  /** listen() was called (a bound socket accepts only after it). */
  listening = false;
  /** Socket options set by setsockopt, as (level, option) -> value. */
  readonly options = new Map<string, number>();

  constructor(cls: PyType, timeout: number | null) {
    super(cls);
    this.timeout = timeout;
  }

  /** The descriptor number; -1 before __init__ and after close(). */
  get fd(): number {
    return this.handles.fd;
  }

  get stream(): TcpStream | null {
    return this.handles.stream;
  }

  set stream(s: TcpStream | null) {
    this.handles.stream = s;
  }

  get listener(): TcpListener | null {
    return this.handles.listener;
  }

  set listener(l: TcpListener | null) {
    this.handles.listener = l;
  }

  /** Takes descriptor `fd` of the VM's table; from now on collecting the socket closes it. */
  open(vm: VM, fd: number): void {
    this.handles.fd = fd;
    this.handles.fds = fdTable(vm);
    this.handles.fds.set(fd, this.handles);
    unclosedSockets.register(this, this.handles, this);
  }

  /** Gives the descriptor back (close, detach): nothing left for the finalizer. */
  forget(): void {
    this.handles.fd = -1;
    unclosedSockets.unregister(this);
  }
}

function sock(args: PyObject[], method: string): PySockmini {
  const s = args[0];
  if (!(s instanceof PySockmini)) {
    throw typeError(`descriptor '${method}' for '_sockmini.sockmini' objects doesn't apply to a '${typeOf(s).tpName}' object`);
  }
  return s;
}

/** The socket, or EBADF when it is closed (or was never initialised). */
function openSock(vm: VM, args: PyObject[], method: string): PySockmini {
  const s = sock(args, method);
  if (s.fd < 0) throw socketError(vm, 'EBADF');
  return s;
}

// Argument checks with CPython's messages for its calling conventions (the methods are
// named after _socket.socket's, whose type is called 'socket').

const noKeywords = (fname: string, kwargs: KwArgs | null) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
};

/** METH_NOARGS. */
function noArgs(name: string, args: PyObject[], kwargs: KwArgs | null, prefix = 'socket.'): void {
  noKeywords(prefix + name, kwargs);
  const self = prefix === 'socket.' ? 1 : 0;
  if (args.length > self) throw typeError(`${prefix}${name}() takes no arguments (${args.length - self} given)`);
}

/** METH_O: the one argument. */
function oneArg(name: string, args: PyObject[], kwargs: KwArgs | null, prefix = 'socket.'): PyObject {
  noKeywords(prefix + name, kwargs);
  const self = prefix === 'socket.' ? 1 : 0;
  if (args.length !== self + 1) throw typeError(`${prefix}${name}() takes exactly one argument (${args.length - self} given)`);
  return args[self];
}

/** METH_VARARGS parsed by PyArg_ParseTuple: min..max positional arguments after self. */
function tupleArgs(name: string, args: PyObject[], kwargs: KwArgs | null, min: number, max: number): PyObject[] {
  noKeywords(`socket.${name}`, kwargs);
  const n = args.length - 1;
  const plural = (k: number) => (k === 1 ? 'argument' : 'arguments');
  if (n < min || n > max) {
    const bound = min === max ? `exactly ${min}` : n < min ? `at least ${min}` : `at most ${max}`;
    throw typeError(`${name}() takes ${bound} ${plural(n < min ? min : max)} (${n} given)`);
  }
  return args.slice(1);
}

/** A timeout argument (settimeout, setdefaulttimeout): None, or a non-negative number of seconds. */
function timeoutArg(vm: VM, o: PyObject): number | null {
  if (o === None) return null;
  let t: number;
  if (o instanceof PyFloat) {
    t = o.value;
    if (Number.isNaN(t)) throw valueError('Invalid value NaN (not a number)');
  } else t = Number(index(vm, o));
  if (t < 0) throw valueError('Timeout value out of range');
  return t;
}

const timeoutValue = (t: number | null): PyObject => (t === null ? None : new PyFloat(t));

/**
 * The bytes of a bytes-like argument, as Node may keep them queued after the call:
 * bytes are immutable and shared; a bytearray, which the program may change, is copied.
 */
function bytesArg(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.data;
  // A copy: the program may change a bytearray (or what a memoryview shows) while Node still sends it.
  const data = bufferBytes(o);
  if (data !== undefined) return data.slice();
  throw typeError(`a bytes-like object is required, not '${typeOf(o).tpName}'`);
}

function flagsArg(vm: VM, o: PyObject | undefined, allowed: number, method: string): number {
  if (o === undefined) return 0;
  const flags = Number(index(vm, o));
  if ((flags & ~allowed) !== 0) throw notImplementedError(`_sockmini: ${method}() flags ${flags} are not supported`);
  return flags;
}

/** Bytes from a Node buffer as a plain Uint8Array view, so a later .slice() copies as bytes methods expect. */
function toBytes(b: Buffer): PyBytes {
  return new PyBytes(new Uint8Array(b.buffer, b.byteOffset, b.length));
}

/** Raises a connection's pending error (clearing it), as the kernel reports sk_err once. */
function raisePending(vm: VM, st: { pendingError: NodeJS.ErrnoException | null }): void {
  const e = st.pendingError;
  if (e === null) return;
  st.pendingError = null;
  throw socketErrorFromNode(vm, e);
}

/**
 * What Linux's socket(AF_INET, type, proto) refuses, with its errors: a type it does not
 * know (EINVAL, ESOCKTNOSUPPORT) or a protocol of another type (EPROTONOSUPPORT); what
 * Linux has but tpy does not (raw and packet sockets, UDP-Lite, MPTCP) is NotImplementedError.
 */
function checkTypeAndProtocol(vm: VM, kind: number, pro: number): void {
  if (kind < 0 || kind >= SOCK_MAX) throw socketError(vm, 'EINVAL');
  if (kind === SOCK_RAW || kind === SOCK_PACKET) {
    throw notImplementedError(`_sockmini supports only SOCK_STREAM (TCP) and SOCK_DGRAM (UDP) sockets, not ${kind === SOCK_RAW ? 'SOCK_RAW' : 'SOCK_PACKET'}`);
  }
  if (kind !== SOCK_STREAM && kind !== SOCK_DGRAM) throw socketError(vm, 'ESOCKTNOSUPPORT');
  if (pro === -1 || pro === 0 || pro === (kind === SOCK_DGRAM ? IPPROTO_UDP : IPPROTO_TCP)) return;
  if (pro === (kind === SOCK_DGRAM ? IPPROTO_UDPLITE : IPPROTO_MPTCP)) {
    throw notImplementedError(`_sockmini supports only ${kind === SOCK_DGRAM ? 'UDP' : 'TCP'}, not protocol ${pro}`);
  }
  throw socketError(vm, 'EPROTONOSUPPORT');
}

/** __new__ makes an unopened socket with the VM's default timeout; __init__ opens it. */
defNew(sockminiType, (vm, args) => {
  const cls = args[0] as PyType;
  return new PySockmini(cls, stateOf(vm).defaultTimeout);
});

defMethod(sockminiType, '__init__', (vm, args, kwargs) => {
  const s = sock(args, '__init__');
  const [family, type, proto, fileno] = parseArgs('socket', args, kwargs, { names: ['family', 'type', 'proto', 'fileno'] });
  const fam = family === undefined ? -1 : Number(index(vm, family));
  const typ = type === undefined ? -1 : Number(index(vm, type));
  const pro = proto === undefined ? -1 : Number(index(vm, proto));
  if (fam !== -1 && fam !== AF_INET) throw notImplementedError(`_sockmini supports only AF_INET (IPv4) sockets, not address family ${fam}`);
  // As Linux: SOCK_NONBLOCK makes the socket non-blocking, SOCK_CLOEXEC has no effect here.
  const kind = typ === -1 ? SOCK_STREAM : typ & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  checkTypeAndProtocol(vm, kind, pro);
  const datagram = kind === SOCK_DGRAM;
  s.proto = pro === -1 ? 0 : pro;
  s.type = kind;
  if (typ !== -1 && (typ & SOCK_NONBLOCK) !== 0) s.timeout = 0;
  if (fileno !== undefined && fileno !== None) {
    const fd = Number(index(vm, fileno));
    if (fd < 0) throw valueError('negative file descriptor');
    if (datagram) throw notImplementedError('_sockmini: a UDP socket cannot be made from a file descriptor');
    const state = stateOf(vm);
    const stream = state.detached.get(fd);
    if (stream === undefined) throw socketError(vm, 'EBADF');
    state.detached.delete(fd);
    s.open(vm, fd);
    s.stream = stream;
    stream.startReading();
    return None;
  }
  if (s.fd < 0) {
    s.open(vm, allocFd(vm, null));
    if (datagram) s.handles.datagram = new UdpEndpoint();
  }
  return None;
});

// ---------------------------------------------------------------- connect

/** Starts connecting to an IPv4 address (from the address bind() chose, if any). */
function startConnect(s: PySockmini, ip: string, port: number): TcpStream {
  const bound = s.listener?.address ?? null;
  if (s.listener !== null) {
    // A bound client socket: give the port back to connect from it.
    s.listener.close();
    s.listener = null;
  }
  const stream = newOutgoingStream();
  s.stream = stream;
  applyOptions(s);
  if (port === 0) {
    stream.fail({ code: 'ECONNREFUSED' } as NodeJS.ErrnoException);
    return stream;
  }
  try {
    stream.conn.connect({ host: ip, port, family: 4, localAddress: bound?.host, localPort: bound?.port || undefined });
  } catch (e) {
    stream.fail(e as NodeJS.ErrnoException);
  }
  return stream;
}

/** What a connect() returns once the connection attempt is over: None, or its error. */
function connectOutcome(vm: VM, stream: TcpStream): PyObject {
  raisePending(vm, stream);
  if (!stream.connected) throw socketError(vm, 'ECONNREFUSED');
  stream.connectReported = true;
  return None;
}

/** Waits for a started connection per the socket's mode (non-blocking: EINPROGRESS now, the outcome later). */
function awaitConnect(vm: VM, s: PySockmini, stream: TcpStream, connectingNow: boolean): PyObject {
  if (s.timeout === 0) {
    if (connectingNow) throw socketError(vm, 'EINPROGRESS');
    if (stream.connecting) throw socketError(vm, 'EALREADY');
  }
  return whenReady(vm, stream, s.timeout, 'connect()', () => !stream.connecting, () => connectOutcome(vm, stream));
}

defMethod(sockminiType, 'connect', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'connect');
  const addr = parseInetAddress(vm, 'connect', oneArg('connect', args, kwargs));
  if (s.handles.datagram !== null) return connectDatagram(vm, s, addr);
  const old = s.stream;
  if (s.listening) throw socketError(vm, 'EISCONN');
  if (old !== null) {
    // As Linux: the first connect() after a non-blocking connect succeeded returns 0, later ones EISCONN.
    if (old.connected && !old.connectReported) return connectOutcome(vm, old);
    if (old.connected && !old.finished) throw socketError(vm, 'EISCONN');
    if (old.connecting) return awaitConnect(vm, s, old, false);
    if (old.pendingError !== null) raisePending(vm, old);
    if (old.connected) throw socketError(vm, 'EISCONN');
  }
  const ip = literalIPv4(addr.host);
  if (ip !== null) return awaitConnect(vm, s, startConnect(s, ip, addr.port), true);
  // A host name: resolve first (getaddrinfo blocks even a non-blocking socket, as in CPython).
  if (!vm.canPark) throw cannotBlock('connect() (resolving a host name)');
  return vm.park(
    resolveIPv4(vm, addr.host).then((resolved) => {
      const stream = startConnect(s, resolved, addr.port);
      if (s.timeout === 0) throw socketError(vm, 'EINPROGRESS');
      return waitUntilReady(vm, stream, s.timeout, () => !stream.connecting, () => connectOutcome(vm, stream));
    }),
  );
});

// ---------------------------------------------------------------- bind, listen, accept

/** Binds by starting a Node server on the address; Node reports the outcome asynchronously. */
function startListening(vm: VM, s: PySockmini, ip: string, port: number): Promise<PyObject> {
  const listener = newListener();
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      listener.server.off('listening', onListening);
      if (s.listener === listener) s.listener = null;
      reject(socketErrorFromNode(vm, e));
    };
    const onListening = () => {
      listener.server.off('error', onError);
      resolve(None);
    };
    listener.server.once('error', onError);
    listener.server.once('listening', onListening);
    s.listener = listener;
    listener.accepting = s.listening; // listen() of an unbound socket binds it first
    listener.server.listen({ host: ip, port, backlog: 4096, exclusive: true });
  });
}

/**
 * bind() creates the listening server right away (Node binds and listens in one step),
 * so `address already in use` is reported by bind() as on Linux.
 * DIVERGENCE: a connection to a bound socket before listen() is reset after connect() succeeds,
 * where Linux refuses it (ECONNREFUSED from connect()).
 */
function bindTo(vm: VM, s: PySockmini, addr: InetAddress, what: string): PyObject {
  if (s.stream !== null || s.listener !== null) throw socketError(vm, 'EINVAL');
  if (!vm.canPark) throw cannotBlock(what);
  return vm.park(resolveIPv4(vm, addr.host).then((ip) => startListening(vm, s, ip, addr.port)));
}

defMethod(sockminiType, 'bind', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'bind');
  const addr = parseInetAddress(vm, 'bind', oneArg('bind', args, kwargs));
  if (s.handles.datagram !== null) return bindDatagram(vm, s, addr);
  return bindTo(vm, s, addr, 'bind()');
});

defMethod(sockminiType, 'listen', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'listen');
  const [backlog] = tupleArgs('listen', args, kwargs, 0, 1);
  if (backlog !== undefined) index(vm, backlog);
  if (s.handles.datagram !== null) throw socketError(vm, 'EOPNOTSUPP');
  if (s.stream !== null) throw socketError(vm, 'EINVAL');
  s.listening = true;
  // listen() on an unbound socket binds it to an ephemeral port first, as Linux does.
  if (s.listener === null) return bindTo(vm, s, { host: '0.0.0.0', port: 0 }, 'listen()');
  s.listener.accepting = true;
  return None;
});

/** Waits for a connection; `take` turns the accepted connection into the call's result. */
function acceptWith(vm: VM, s: PySockmini, what: string, take: (stream: TcpStream) => PyObject): PyObject {
  if (s.handles.datagram !== null) return acceptDatagram(vm, s, what);
  const listener = s.listener;
  if (listener === null || !s.listening) throw socketError(vm, 'EINVAL');
  return whenReady(vm, listener, s.timeout, what, () => listener.queue.length > 0 || listener.pendingError !== null, () => {
    raisePending(vm, listener);
    return take(listener.queue.shift()!);
  });
}

const peerTuple = (stream: TcpStream) => addressTuple(stream.peer?.host ?? '0.0.0.0', stream.peer?.port ?? 0);

/** _accept() -> (fd, address), the connection parked under fd until sockmini(fileno=fd) adopts it (socket.py's way). */
defMethod(sockminiType, '_accept', (vm, args, kwargs) => {
  const s = openSock(vm, args, '_accept');
  noArgs('_accept', args, kwargs);
  return acceptWith(vm, s, '_accept()', (stream) => {
    const fd = allocFd(vm, null);
    stateOf(vm).detached.set(fd, stream);
    return newTuple([fd, peerTuple(stream)]);
  });
});

/** accept() -> (sockmini, address): the new socket takes the default timeout. */
defMethod(sockminiType, 'accept', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'accept');
  noArgs('accept', args, kwargs);
  return acceptWith(vm, s, 'accept()', (stream) => {
    const conn = new PySockmini(sockminiType, stateOf(vm).defaultTimeout);
    conn.open(vm, allocFd(vm, null));
    conn.stream = stream;
    stream.startReading();
    return newTuple([conn, peerTuple(stream)]);
  });
});

// ---------------------------------------------------------------- recv, send, sendall

/**
 * recv/recvfrom's arguments: (bufsize[, flags]) -> the size, whether MSG_PEEK is set, and
 * how this call waits. MSG_DONTWAIT makes a blocking socket's call non-blocking; with a
 * timeout CPython still polls first, so the call waits as the socket's mode says.
 */
function recvArgs(vm: VM, s: PySockmini, name: string, args: PyObject[], kwargs: KwArgs | null): [number, boolean, number | null] {
  const [bufsize, flagsObj] = tupleArgs(name, args, kwargs, 1, 2);
  const n = Number(index(vm, bufsize));
  if (n < 0) throw valueError(`negative buffersize in ${name}`);
  const flags = flagsArg(vm, flagsObj, MSG_PEEK | MSG_DONTWAIT, name);
  const timeout = (flags & MSG_DONTWAIT) !== 0 && s.timeout === null ? 0 : s.timeout;
  return [n, (flags & MSG_PEEK) !== 0, timeout];
}

/** Waits for bytes on a TCP connection and reads up to n of them. */
function recvStream(
  vm: VM, s: PySockmini, n: number, peek: boolean, timeout: number | null, what: string, result: (data: PyBytes) => PyObject,
): PyObject {
  if (s.fd < 0) throw socketError(vm, 'EBADF');
  const stream = s.stream;
  if (stream === null) throw socketError(vm, 'ENOTCONN');
  // recv(0) never gets here (CPython answers it itself); recvfrom(0) waits for bytes, as Linux's recvfrom.
  const ready = () => !stream.connecting && stream.readable;
  return whenReady(vm, stream, timeout, what, ready, () => {
    if (stream.inboxBytes > 0 && n > 0) return result(toBytes(stream.take(n, peek)));
    if (!peek) raisePending(vm, stream);
    if (!stream.connected) throw socketError(vm, 'ENOTCONN');
    return result(new PyBytes(new Uint8Array(0)));
  });
}

const onlyData = (data: PyBytes) => data;

defMethod(sockminiType, 'recv', (vm, args, kwargs) => {
  const s = sock(args, 'recv');
  const [n, peek, timeout] = recvArgs(vm, s, 'recv', args, kwargs);
  // As CPython's sock_recv: recv(0) returns b'' without asking the kernel (closed or not).
  if (n === 0) return new PyBytes(new Uint8Array(0));
  if (s.handles.datagram !== null) {
    if (s.fd < 0) throw socketError(vm, 'EBADF');
    return recvDatagram(vm, s, n, peek, timeout, 'recv()', onlyData);
  }
  return recvStream(vm, s, n, peek, timeout, 'recv()', onlyData);
});

/** recvfrom(bufsize[, flags]) -> (data, address); a TCP connection has no address to give (None). */
defMethod(sockminiType, 'recvfrom', (vm, args, kwargs) => {
  const s = sock(args, 'recvfrom');
  const [n, peek, timeout] = recvArgs(vm, s, 'recvfrom', args, kwargs);
  if (s.fd < 0) throw socketError(vm, 'EBADF');
  if (s.handles.datagram !== null) return recvDatagram(vm, s, n, peek, timeout, 'recvfrom()', (data, from) => newTuple([data, from]));
  return recvStream(vm, s, n, peek, timeout, 'recvfrom()', (data) => newTuple([data, None]));
});

/** The error a send on this connection gets now, if any. */
function sendFailure(vm: VM, stream: TcpStream): PyBaseException | null {
  if (stream.pendingError !== null) {
    const e = stream.pendingError;
    stream.pendingError = null;
    return socketErrorFromNode(vm, e);
  }
  if (stream.writeShut || stream.finished || !stream.connected) return socketError(vm, 'EPIPE');
  return null;
}

/** The connection a send goes to: EPIPE on a socket that never connected, as Linux. */
function sendStream(vm: VM, s: PySockmini): TcpStream {
  if (s.fd < 0) throw socketError(vm, 'EBADF');
  if (s.stream === null) throw socketError(vm, 'EPIPE');
  return s.stream;
}

/**
 * send(data[, flags]) -> how many bytes the send buffer accepted (maybe fewer than given).
 * Where tpy cannot park, a send that would wait queues all of data in Node instead.
 */
defMethod(sockminiType, 'send', (vm, args, kwargs) => {
  const s = sock(args, 'send');
  const [dataObj, flagsObj] = tupleArgs('send', args, kwargs, 1, 2);
  const data = bytesArg(dataObj);
  flagsArg(vm, flagsObj, 0, 'send');
  if (s.handles.datagram !== null) {
    if (s.fd < 0) throw socketError(vm, 'EBADF');
    return sendDatagram(vm, s, data);
  }
  return sendOnStream(vm, s, data, 'send()');
});

/** A TCP send: as many bytes as the send buffer has room for, once it has some. */
function sendOnStream(vm: VM, s: PySockmini, data: Uint8Array, what: string): PyObject {
  const stream = sendStream(vm, s);
  const ready = () => !stream.connecting && stream.writable;
  if (!ready() && s.timeout !== 0 && !vm.canPark) return queueAll(vm, stream, data);
  return whenReady(vm, stream, s.timeout, what, ready, () => {
    const failure = sendFailure(vm, stream);
    if (failure !== null) throw failure;
    const n = Math.min(data.length, stream.room);
    stream.write(data.subarray(0, n));
    return n;
  });
}

/**
 * sendto(data[, flags], address): a datagram to the address; on a TCP socket the address
 * is ignored (Linux's TCP does), so it is send() (EPIPE when not connected).
 */
defMethod(sockminiType, 'sendto', (vm, args, kwargs) => {
  const s = sock(args, 'sendto');
  noKeywords('socket.sendto', kwargs);
  const n = args.length - 1;
  if (n < 2 || n > 3) throw typeError(`sendto() takes 2 or 3 arguments (${n} given)`);
  const data = bytesArg(args[1]);
  flagsArg(vm, n === 3 ? args[2] : undefined, 0, 'sendto');
  const addr = parseInetAddress(vm, 'sendto', args[n]);
  if (s.handles.datagram !== null) {
    if (s.fd < 0) throw socketError(vm, 'EBADF');
    return sendtoDatagram(vm, s, data, addr);
  }
  return sendOnStream(vm, s, data, 'sendto()');
});

function queueAll(vm: VM, stream: TcpStream, data: Uint8Array): PyObject {
  const failure = stream.connecting ? null : sendFailure(vm, stream);
  if (failure !== null) throw failure;
  stream.write(data);
  return data.length;
}

/**
 * sendall(data[, flags]): sends everything, waiting for room as often as needed; in
 * timeout mode each wait for room gets the whole timeout (only waiting counts).
 */
defMethod(sockminiType, 'sendall', (vm, args, kwargs) => {
  const s = sock(args, 'sendall');
  const [dataObj, flagsObj] = tupleArgs('sendall', args, kwargs, 1, 2);
  const data = bytesArg(dataObj);
  flagsArg(vm, flagsObj, 0, 'sendall');
  if (s.handles.datagram !== null) {
    if (s.fd < 0) throw socketError(vm, 'EBADF');
    sendDatagram(vm, s, data);
    return None;
  }
  const stream = sendStream(vm, s);
  const ready = () => !stream.connecting && stream.writable;
  let sent = 0;
  const sendSome = (): PyObject => {
    const failure = sendFailure(vm, stream);
    if (failure !== null) throw failure;
    const n = Math.min(data.length - sent, stream.room);
    stream.write(data.subarray(sent, sent + n));
    sent += n;
    return None;
  };
  if (ready()) sendSome();
  if (sent === data.length) return None;
  if (s.timeout === 0) throw socketError(vm, 'EAGAIN');
  if (!vm.canPark) {
    queueAll(vm, stream, data.subarray(sent));
    return None;
  }
  const rest = async (): Promise<PyObject> => {
    while (sent < data.length) await waitUntilReady(vm, stream, s.timeout, ready, sendSome);
    return None;
  };
  return vm.park(rest());
});

// ---------------------------------------------------------------- addresses, shutdown, close

defMethod(sockminiType, 'getsockname', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'getsockname');
  noArgs('getsockname', args, kwargs);
  if (s.handles.datagram !== null) return localAddress(s);
  const a = s.stream?.local ?? s.listener?.address ?? null;
  return addressTuple(a?.host ?? '0.0.0.0', a?.port ?? 0);
});

defMethod(sockminiType, 'getpeername', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'getpeername');
  noArgs('getpeername', args, kwargs);
  if (s.handles.datagram !== null) return peerAddress(vm, s);
  const stream = s.stream;
  if (stream === null || !stream.connected || stream.peer === null) throw socketError(vm, 'ENOTCONN');
  return peerTuple(stream);
});

defMethod(sockminiType, 'shutdown', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'shutdown');
  const howObj = oneArg('shutdown', args, kwargs);
  const how = Number(index(vm, howObj));
  if (how < 0 || how > 2) throw socketError(vm, 'EINVAL');
  if (s.handles.datagram !== null) return shutdownDatagram(vm, s, how);
  const stream = s.stream;
  if (stream === null || !stream.connected) throw socketError(vm, 'ENOTCONN');
  if (how === 0 || how === 2) stream.shutdownRead();
  if (how === 1 || how === 2) stream.shutdownWrite();
  return None;
});

/** Releases the descriptor number and lets the connection or listener close in the background. */
/**
 * The program is over: every socket still open closes, as the kernel closes a process's
 * descriptors when it exits (a connection with unread bytes is reset, one with bytes still
 * to send flushes them in the background).
 */
export function closeAllSockets(vm: VM): void {
  for (const entry of [...fdTable(vm).values()]) {
    if (entry !== null && !(entry instanceof OsDescriptor) && 'stream' in entry) releaseHandles(entry as SocketHandles);
  }
  const state = stateOf(vm);
  for (const stream of state.detached.values()) stream.close();
  state.detached.clear();
}

function closeSock(vm: VM, s: PySockmini): void {
  if (s.fd < 0) return;
  releaseHandles(s.handles);
  s.forget();
}

defMethod(sockminiType, 'close', (vm, args, kwargs) => {
  const s = sock(args, 'close');
  noArgs('close', args, kwargs);
  closeSock(vm, s);
  return None;
});

/** detach() -> fd: the socket forgets its connection, which sockmini(fileno=fd) can adopt. */
defMethod(sockminiType, 'detach', (vm, args, kwargs) => {
  const s = sock(args, 'detach');
  noArgs('detach', args, kwargs);
  const fd = s.fd;
  if (fd < 0) return -1;
  if (s.handles.datagram !== null) throw notImplementedError('_sockmini: detach() of a UDP socket is not supported');
  if (s.listener !== null) throw notImplementedError('_sockmini: detach() of a listening socket is not supported');
  if (s.stream !== null) {
    stateOf(vm).detached.set(fd, s.stream);
    fdTable(vm).set(fd, null);
  } else freeFd(vm, fd);
  s.forget();
  s.stream = null;
  return fd;
});

defMethod(sockminiType, 'fileno', (vm, args, kwargs) => {
  const s = sock(args, 'fileno');
  noArgs('fileno', args, kwargs);
  return s.fd;
});

// ---------------------------------------------------------------- modes and options

defMethod(sockminiType, 'settimeout', (vm, args, kwargs) => {
  const s = sock(args, 'settimeout');
  const t = oneArg('settimeout', args, kwargs);
  // As CPython: the timeout is recorded before setting the descriptor's mode fails with EBADF.
  s.timeout = timeoutArg(vm, t);
  if (s.fd < 0) throw socketError(vm, 'EBADF');
  return None;
});

defMethod(sockminiType, 'gettimeout', (vm, args, kwargs) => {
  const s = sock(args, 'gettimeout');
  noArgs('gettimeout', args, kwargs);
  return timeoutValue(s.timeout);
});

defMethod(sockminiType, 'setblocking', (vm, args, kwargs) => {
  const s = sock(args, 'setblocking');
  const flag = oneArg('setblocking', args, kwargs);
  s.timeout = truthy(vm, flag) ? null : 0;
  if (s.fd < 0) throw socketError(vm, 'EBADF');
  return None;
});

defMethod(sockminiType, 'getblocking', (vm, args, kwargs) => {
  const s = sock(args, 'getblocking');
  noArgs('getblocking', args, kwargs);
  return s.timeout !== 0;
});

const optionKey = (level: number, option: number) => `${level}:${option}`;

/** Applies TCP_NODELAY / SO_KEEPALIVE set before the connection existed. */
function applyOptions(s: PySockmini): void {
  const conn = s.stream?.conn;
  if (conn === undefined) return;
  const nodelay = s.options.get(optionKey(IPPROTO_TCP, TCP_NODELAY));
  if (nodelay !== undefined) conn.setNoDelay(nodelay !== 0);
  const keepalive = s.options.get(optionKey(SOL_SOCKET, SO_KEEPALIVE));
  if (keepalive !== undefined) conn.setKeepAlive(keepalive !== 0);
}

const SETTABLE = new Set([
  optionKey(SOL_SOCKET, SO_REUSEADDR), optionKey(SOL_SOCKET, SO_KEEPALIVE), optionKey(SOL_SOCKET, SO_BROADCAST),
  optionKey(SOL_SOCKET, SO_SNDBUF), optionKey(SOL_SOCKET, SO_RCVBUF), optionKey(IPPROTO_TCP, TCP_NODELAY),
]);

/**
 * SO_SNDBUF / SO_RCVBUF as Linux reports them: a fresh socket has the system's defaults
 * (tcp_wmem/tcp_rmem's for TCP, wmem_default/rmem_default for UDP); a value set is doubled
 * (the kernel's room for its bookkeeping), and never below SOCK_MIN_SNDBUF / SOCK_MIN_RCVBUF.
 */
const BUFFER_DEFAULTS: Record<string, [tcp: number, udp: number, least: number]> = {
  [optionKey(SOL_SOCKET, SO_SNDBUF)]: [16384, 212992, 4608],
  [optionKey(SOL_SOCKET, SO_RCVBUF)]: [131072, 212992, 2304],
};

function optionValue(s: PySockmini, key: string): number {
  const set = s.options.get(key);
  const buffer = BUFFER_DEFAULTS[key];
  if (buffer === undefined) return set ?? 0;
  if (set === undefined) return s.handles.datagram !== null ? buffer[1] : buffer[0];
  return Math.max(Math.min(set, 2 ** 30) * 2, buffer[2]);
}

/** SO_REUSEADDR (before bind) and SO_BROADCAST act on a datagram socket's endpoint. */
function applyDatagramOptions(s: PySockmini, ep: UdpEndpoint): void {
  ep.reuseAddr = (s.options.get(optionKey(SOL_SOCKET, SO_REUSEADDR)) ?? 0) !== 0;
  ep.setBroadcast((s.options.get(optionKey(SOL_SOCKET, SO_BROADCAST)) ?? 0) !== 0);
  ep.rcvbuf = optionValue(s, optionKey(SOL_SOCKET, SO_RCVBUF));
}

/**
 * setsockopt(level, option, value): TCP_NODELAY and SO_KEEPALIVE act on the
 * connection; SO_REUSEADDR is recorded (Node always sets it on listening sockets);
 * SO_BROADCAST lets a UDP socket send to 255.255.255.255 (recorded on a TCP one).
 */
defMethod(sockminiType, 'setsockopt', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'setsockopt');
  const [level, option, value] = tupleArgs('setsockopt', args, kwargs, 3, 3);
  const key = optionKey(Number(index(vm, level)), Number(index(vm, option)));
  if (!SETTABLE.has(key)) throw notImplementedError(`_sockmini: setsockopt(${key.replace(':', ', ')}) is not supported`);
  s.options.set(key, Number(index(vm, value)));
  if (s.handles.datagram !== null) applyDatagramOptions(s, s.handles.datagram);
  else applyOptions(s);
  return None;
});

/** getsockopt(level, option): SO_ERROR (the pending error, cleared), SO_TYPE, and the options setsockopt knows. */
defMethod(sockminiType, 'getsockopt', (vm, args, kwargs) => {
  const s = openSock(vm, args, 'getsockopt');
  const [level, option, buflen] = tupleArgs('getsockopt', args, kwargs, 2, 3);
  if (buflen !== undefined) throw notImplementedError('_sockmini: getsockopt() with a buffer length is not supported');
  const key = optionKey(Number(index(vm, level)), Number(index(vm, option)));
  if (key === optionKey(SOL_SOCKET, SO_TYPE)) return s.type;
  if (key === optionKey(SOL_SOCKET, SO_ERROR)) {
    const holder = s.stream ?? s.listener ?? s.handles.datagram;
    if (holder === null || holder.pendingError === null) return 0;
    const e = holder.pendingError;
    holder.pendingError = null;
    const exc = socketErrorFromNode(vm, e);
    return exc.args[0] ?? 0;
  }
  if (!SETTABLE.has(key)) throw notImplementedError(`_sockmini: getsockopt(${key.replace(':', ', ')}) is not supported`);
  return optionValue(s, key);
});

defGetter(sockminiType, 'family', (vm, self) => (self as PySockmini).family);
defGetter(sockminiType, 'type', (vm, self) => (self as PySockmini).type);
defGetter(sockminiType, 'proto', (vm, self) => (self as PySockmini).proto);
defGetter(sockminiType, 'timeout', (vm, self) => timeoutValue((self as PySockmini).timeout));

defMethod(sockminiType, '__repr__', (vm, args) => {
  const s = sock(args, '__repr__');
  return `<sockmini object, fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
});

// ---------------------------------------------------------------- the module

const functions: [string, NativeFn][] = [
  ['setdefaulttimeout', (vm, args, kwargs) => {
    const t = oneArg('setdefaulttimeout', args, kwargs, '_sockmini.');
    stateOf(vm).defaultTimeout = timeoutArg(vm, t);
    return None;
  }],
  ['getdefaulttimeout', (vm, args, kwargs) => {
    noArgs('getdefaulttimeout', args, kwargs, '_sockmini.');
    return timeoutValue(stateOf(vm).defaultTimeout);
  }],
  ['gethostname', (vm, args, kwargs) => {
    noArgs('gethostname', args, kwargs, '_sockmini.');
    return hostname();
  }],
  /** gethostbyname(name) -> the IPv4 address text (resolving may park). */
  ['gethostbyname', (vm, args, kwargs) => {
    const name = oneArg('gethostbyname', args, kwargs, '_sockmini.');
    if (typeof name !== 'string') throw typeError(`gethostbyname() argument 1 must be str, not ${argTypeName(name)}`);
    const literal = literalIPv4(name);
    if (literal !== null) return literal;
    if (!vm.canPark) throw cannotBlock('gethostbyname()');
    return vm.park(resolveIPv4(vm, name));
  }],
];

export const init_sockmini: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'A minimal IPv4 TCP and UDP socket module (socketmodule.c stripped down), over Node.js net and dgram.');
  d.setStr('sockmini', sockminiType);
  // As _socket in Python 3: error is OSError itself, timeout is TimeoutError.
  d.setStr('error', OSError);
  d.setStr('timeout', TimeoutError);
  d.setStr('gaierror', gaierror);
  d.setStr('herror', herror);
  // Waits park the VM (connect, accept, recv, send, resolving): the eval loop calls them all.
  for (const [name, fn] of functions) {
    const f = builtin(name, fn, '_sockmini');
    f.evalLoopOnly = true;
    d.setStr(name, f);
  }
  for (const m of sockminiType.typeDict.values()) if (m instanceof PyMethodDescriptor) m.evalLoopOnly = true;
};
