// The select module: select(), poll and epoll over tpy's sockets (and any other open
// descriptor, which is always ready, as a regular file is).
//
// All three ask one question, the poll mask of each descriptor (sockmini_poll.ts), and
// wait the same way: parked on the sockets' wake-ups until the answer is not empty or the
// timeout ends. What each reports follows Linux: select() sorts the masks into readable,
// writable and exceptional; poll() reports the events asked for plus POLLERR, POLLHUP and
// POLLNVAL; epoll the same, one-shot registrations disarmed once reported.

import { PyObj, type PyObject } from '../vm/objects/object.js';
import { makeNativeType, type PyType } from '../vm/objects/type.js';
import { PyList } from '../vm/objects/list.js';
import { PyFloat } from '../vm/objects/float.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { intVal } from '../vm/objects/int.js';
import { builtin, defGetter, defMethod, PyMethodDescriptor, type KwArgs, type NativeFn } from '../vm/objects/function.js';
import { OSError, keyError, newException, OverflowError, typeError, valueError } from '../vm/objects/exceptions.js';
import { typeOf } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import { call } from '../vm/ops/call.js';
import { getAttrOpt } from '../vm/ops/attribute.js';
import { toArray } from '../vm/ops/sequence.js';
import { parseArgs } from '../vm/methods/args.js';
import { defNew } from '../vm/methods/object.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { allocFd, freeFd } from './fd_table.js';
import { socketError } from './sockmini_errors.js';
import {
  pollMask, pollUntil, POLLERR, POLLHUP, POLLIN, POLLMSG, POLLNVAL, POLLOUT, POLLPRI, POLLRDBAND, POLLRDHUP,
  POLLRDNORM, POLLWRBAND, POLLWRNORM, SELECT_EXCEPT, SELECT_READ, SELECT_WRITE,
} from './sockmini_poll.js';

const EPOLLONESHOT = 1 << 30;
const EPOLLET = 2 ** 31;
const EPOLLEXCLUSIVE = 1 << 28;
const EPOLL_CLOEXEC = 0x80000;
/** Events reported whether asked for or not. */
const ALWAYS = POLLERR | POLLHUP | POLLNVAL;

// ---------------------------------------------------------------- arguments

/** A descriptor argument: an int, or an object whose fileno() gives one (PyObject_AsFileDescriptor). */
export function fileDescriptor(vm: VM, o: PyObject): number {
  let n = intVal(o);
  if (n === undefined) {
    const fileno = getAttrOpt(vm, o, 'fileno');
    if (fileno === undefined) throw typeError('argument must be an int, or have a fileno() method.');
    n = intVal(call(vm, fileno, []));
    if (n === undefined) throw typeError('fileno() returned a non-integer');
  }
  if (n > 2147483647 || n < -2147483648) throw newException(OverflowError, 'Python int too large to convert to C int');
  if (n < 0) throw valueError(`file descriptor cannot be a negative integer (${n})`);
  return Number(n);
}

/** A timeout in seconds (None: no limit) read as select() reads it. */
function secondsArg(vm: VM, o: PyObject | undefined, typeMessage: string): number | null {
  if (o === undefined || o === None) return null;
  let t: number;
  if (o instanceof PyFloat) t = o.value;
  else {
    const n = intVal(o);
    if (n === undefined) throw typeError(typeMessage);
    t = Number(n);
  }
  if (Number.isNaN(t)) throw valueError('Invalid value NaN (not a number)');
  return t;
}

/** An event mask for poll (an unsigned short) or epoll (an unsigned int). */
function eventMaskArg(vm: VM, o: PyObject, bits: 16 | 32): number {
  const n = intVal(o);
  if (n === undefined) throw typeError(bits === 16 ? 'an integer is required' : `'${typeOf(o).tpName}' object cannot be interpreted as an integer`);
  if (n < 0) throw valueError('value must be positive');
  if (bits === 16 && n > 0xffff) throw newException(OverflowError, 'Python int too large for C unsigned short');
  if (bits === 32 && n > 0xffffffff) throw newException(OverflowError, 'Python int too large to convert to C unsigned int');
  return Number(n);
}

function noKeywords(fname: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/** `name expected at least/at most N argument(s), got M` (PyArg_UnpackTuple's messages). */
function argCount(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  const plural = (k: number) => (k === 1 ? 'argument' : 'arguments');
  if (n < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} ${plural(min)}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} ${plural(max)}, got ${n}`);
}

// ---------------------------------------------------------------- select()

/** select(rlist, wlist, xlist[, timeout]) -> (ready to read, ready to write, exceptional). */
const select: NativeFn = (vm, args, kwargs) => {
  noKeywords('select.select', kwargs);
  argCount('select', args, 3, 4);
  // fileno() methods are calls from native code, which clear canPark; once they are back,
  // this is still the loop's own call, which may wait.
  const canPark = vm.canPark;
  const lists = args.slice(0, 3).map((seq) => {
    if (intVal(seq) !== undefined || getAttrOpt(vm, seq, '__iter__') === undefined) throw typeError('arguments 1-3 must be sequences');
    return toArray(vm, seq).map((o) => ({ o, fd: fileDescriptor(vm, o) }));
  });
  const timeout = secondsArg(vm, args[3], 'timeout must be a float or None');
  if (timeout !== null && timeout < 0) throw valueError('timeout must be non-negative');
  vm.canPark = canPark;
  const wanted = [SELECT_READ, SELECT_WRITE, SELECT_EXCEPT];
  const scan = (): PyObject | null => {
    let any = false;
    const ready = lists.map((entries, i) =>
      entries.filter(({ fd }) => {
        const mask = pollMask(vm, fd);
        if (mask & POLLNVAL) throw socketError(vm, 'EBADF');
        const hit = (mask & wanted[i]) !== 0;
        any ||= hit;
        return hit;
      }).map(({ o }) => o));
    return any ? newTuple(ready.map((items) => new PyList(items))) : null;
  };
  const none = () => newTuple([new PyList([]), new PyList([]), new PyList([])]);
  const fds = lists.flatMap((entries) => entries.map(({ fd }) => fd));
  return pollUntil(vm, fds, timeout, 'select()', scan, none);
};

// ---------------------------------------------------------------- registrations

/** The descriptors a poll or epoll object watches, in the order they were registered. */
class Registrations {
  readonly masks = new Map<number, number>();

  /** (fd, events) for each descriptor with something to report, or null when none has. */
  ready(vm: VM, maxEvents = Infinity): PyObject | null {
    const out: PyObject[] = [];
    for (const [fd, asked] of this.masks) {
      if (out.length >= maxEvents) break;
      const events = pollMask(vm, fd) & (asked | ALWAYS);
      if (events === 0) continue;
      out.push(newTuple([fd, events]));
      // A one-shot registration reports once, until modify() arms it again.
      if (asked & EPOLLONESHOT) this.masks.set(fd, EPOLLONESHOT);
    }
    return out.length > 0 ? new PyList(out) : null;
  }

  wait(vm: VM, timeout: number | null, what: string, maxEvents?: number): PyObject {
    return pollUntil(vm, [...this.masks.keys()], timeout, what, () => this.ready(vm, maxEvents), () => new PyList([]));
  }
}

// ---------------------------------------------------------------- poll

class PyPoll extends PyObj {
  readonly watched = new Registrations();
}

const pollType: PyType = makeNativeType('select.poll', undefined, { allocate: null, final: true });

function pollSelf(args: PyObject[], method: string): PyPoll {
  const p = args[0];
  if (!(p instanceof PyPoll)) throw typeError(`descriptor '${method}' for 'select.poll' objects doesn't apply to a '${typeOf(p).tpName}' object`);
  return p;
}

defMethod(pollType, 'register', (vm, args, kwargs) => {
  const p = pollSelf(args, 'register');
  noKeywords('poll.register', kwargs);
  argCount('register', args.slice(1), 1, 2);
  const fd = fileDescriptor(vm, args[1]);
  const mask = args.length > 2 ? eventMaskArg(vm, args[2], 16) : POLLIN | POLLPRI | POLLOUT;
  p.watched.masks.set(fd, mask);
  return None;
});

defMethod(pollType, 'modify', (vm, args, kwargs) => {
  const p = pollSelf(args, 'modify');
  noKeywords('poll.modify', kwargs);
  argCount('modify', args.slice(1), 2, 2);
  const fd = fileDescriptor(vm, args[1]);
  const mask = eventMaskArg(vm, args[2], 16);
  if (!p.watched.masks.has(fd)) throw socketError(vm, 'ENOENT');
  p.watched.masks.set(fd, mask);
  return None;
});

defMethod(pollType, 'unregister', (vm, args, kwargs) => {
  const p = pollSelf(args, 'unregister');
  noKeywords('poll.unregister', kwargs);
  if (args.length !== 2) throw typeError(`poll.unregister() takes exactly one argument (${args.length - 1} given)`);
  const fd = fileDescriptor(vm, args[1]);
  if (!p.watched.masks.delete(fd)) throw keyError(fd);
  return None;
});

/** poll([timeout]): timeout in milliseconds, None or negative for no limit. */
defMethod(pollType, 'poll', (vm, args, kwargs) => {
  const p = pollSelf(args, 'poll');
  noKeywords('poll.poll', kwargs);
  argCount('poll', args.slice(1), 0, 1);
  const ms = secondsArg(vm, args[1], 'timeout must be an integer or None');
  const timeout = ms === null || ms < 0 ? null : Math.ceil(ms) / 1000;
  return p.watched.wait(vm, timeout, 'poll()');
});

// ---------------------------------------------------------------- epoll

class PyEpoll extends PyObj {
  readonly watched = new Registrations();
  /** The descriptor the epoll object holds; -1 once closed. */
  fd = -1;
}

const epollType: PyType = makeNativeType('select.epoll', undefined, { allocate: (cls) => new PyEpoll(cls) });

function epollSelf(args: PyObject[], method: string): PyEpoll {
  const e = args[0];
  if (!(e instanceof PyEpoll)) throw typeError(`descriptor '${method}' for 'select.epoll' objects doesn't apply to a '${typeOf(e).tpName}' object`);
  return e;
}

function openEpoll(args: PyObject[], method: string): PyEpoll {
  const e = epollSelf(args, method);
  if (e.fd < 0) throw valueError('I/O operation on closed epoll object');
  return e;
}

/** A descriptor to register: it must be open (EBADF otherwise, as epoll_ctl says). */
function openDescriptor(vm: VM, o: PyObject): number {
  const fd = fileDescriptor(vm, o);
  if (pollMask(vm, fd) & POLLNVAL) throw socketError(vm, 'EBADF');
  return fd;
}

defNew(epollType, (vm, args, kwargs) => {
  const cls = args[0] as PyType;
  const [sizehint, flags] = parseArgs('epoll', args, kwargs, { names: ['sizehint', 'flags'] });
  const size = sizehint === undefined ? -1 : Number(index(vm, sizehint));
  const fl = flags === undefined ? 0 : Number(index(vm, flags));
  if (size === 0 || size < -1) throw valueError('negative sizehint');
  if (fl !== 0 && fl !== EPOLL_CLOEXEC) throw call(vm, OSError, ['invalid flags']);
  const e = new PyEpoll(cls);
  e.fd = allocFd(vm, null);
  return e;
});

function closeEpoll(vm: VM, e: PyEpoll): void {
  if (e.fd < 0) return;
  freeFd(vm, e.fd);
  e.fd = -1;
  e.watched.masks.clear();
}

defMethod(epollType, 'close', (vm, args) => {
  closeEpoll(vm, epollSelf(args, 'close'));
  return None;
});

defGetter(epollType, 'closed', (_vm, self) => (self as PyEpoll).fd < 0);

defMethod(epollType, 'fileno', (_vm, args) => openEpoll(args, 'fileno').fd);

defMethod(epollType, 'register', (vm, args, kwargs) => {
  const e = epollSelf(args, 'register');
  const [fdArg, maskArg] = parseArgs('register', args, kwargs, { names: ['fd', 'eventmask'], required: 1 });
  const fd = fileDescriptor(vm, fdArg!);
  const mask = maskArg === undefined ? POLLIN | POLLPRI | POLLOUT : eventMaskArg(vm, maskArg, 32);
  if (e.fd < 0) throw valueError('I/O operation on closed epoll object');
  openDescriptor(vm, fd);
  if (e.watched.masks.has(fd)) throw socketError(vm, 'EEXIST');
  e.watched.masks.set(fd, mask);
  return None;
});

defMethod(epollType, 'modify', (vm, args, kwargs) => {
  const e = epollSelf(args, 'modify');
  const [fdArg, maskArg] = parseArgs('modify', args, kwargs, { names: ['fd', 'eventmask'], required: 2 });
  const fd = fileDescriptor(vm, fdArg!);
  const mask = eventMaskArg(vm, maskArg!, 32);
  if (e.fd < 0) throw valueError('I/O operation on closed epoll object');
  openDescriptor(vm, fd);
  if (!e.watched.masks.has(fd)) throw socketError(vm, 'ENOENT');
  e.watched.masks.set(fd, mask);
  return None;
});

defMethod(epollType, 'unregister', (vm, args, kwargs) => {
  const e = epollSelf(args, 'unregister');
  const [fdArg] = parseArgs('unregister', args, kwargs, { names: ['fd'], required: 1 });
  const fd = fileDescriptor(vm, fdArg!);
  if (e.fd < 0) throw valueError('I/O operation on closed epoll object');
  openDescriptor(vm, fd);
  if (!e.watched.masks.delete(fd)) throw socketError(vm, 'ENOENT');
  return None;
});

/** poll(timeout=None, maxevents=-1): timeout in seconds, None or negative for no limit. */
defMethod(epollType, 'poll', (vm, args, kwargs) => {
  const e = epollSelf(args, 'poll');
  const [timeoutArg, maxArg] = parseArgs('poll', args, kwargs, { names: ['timeout', 'maxevents'] });
  const seconds = secondsArg(vm, timeoutArg, 'timeout must be an integer or None');
  const maxEvents = maxArg === undefined ? -1 : Number(index(vm, maxArg));
  if (e.fd < 0) throw valueError('I/O operation on closed epoll object');
  if (maxEvents === 0 || maxEvents < -1) throw valueError(`maxevents must be greater than 0, got ${maxEvents}`);
  // Descriptors closed since they were registered leave the set, as the kernel drops them.
  for (const fd of [...e.watched.masks.keys()]) if (pollMask(vm, fd) & POLLNVAL) e.watched.masks.delete(fd);
  const timeout = seconds === null || seconds < 0 ? null : Math.ceil(seconds * 1000) / 1000;
  return e.watched.wait(vm, timeout, 'epoll.poll()', maxEvents === -1 ? Infinity : maxEvents);
});

defMethod(epollType, '__enter__', (_vm, args) => openEpoll(args, '__enter__'));

defMethod(epollType, '__exit__', (vm, args) => {
  closeEpoll(vm, epollSelf(args, '__exit__'));
  return None;
});

// ---------------------------------------------------------------- the module

const constants: [string, number][] = [
  ['PIPE_BUF', 4096],
  ['POLLIN', POLLIN], ['POLLPRI', POLLPRI], ['POLLOUT', POLLOUT], ['POLLERR', POLLERR], ['POLLHUP', POLLHUP],
  ['POLLNVAL', POLLNVAL], ['POLLRDNORM', POLLRDNORM], ['POLLRDBAND', POLLRDBAND], ['POLLWRNORM', POLLWRNORM],
  ['POLLWRBAND', POLLWRBAND], ['POLLMSG', POLLMSG], ['POLLRDHUP', POLLRDHUP],
  ['EPOLLIN', POLLIN], ['EPOLLPRI', POLLPRI], ['EPOLLOUT', POLLOUT], ['EPOLLERR', POLLERR], ['EPOLLHUP', POLLHUP],
  ['EPOLLRDNORM', POLLRDNORM], ['EPOLLRDBAND', POLLRDBAND], ['EPOLLWRNORM', POLLWRNORM], ['EPOLLWRBAND', POLLWRBAND],
  ['EPOLLMSG', POLLMSG], ['EPOLLRDHUP', POLLRDHUP], ['EPOLLET', EPOLLET], ['EPOLLONESHOT', EPOLLONESHOT],
  ['EPOLLEXCLUSIVE', EPOLLEXCLUSIVE], ['EPOLL_CLOEXEC', EPOLL_CLOEXEC],
];

export const init_select: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Waiting for I/O completion: select(), poll and epoll over tpy\'s sockets.');
  d.setStr('error', OSError);
  for (const [name, value] of constants) d.setStr(name, value);
  d.setStr('epoll', epollType);
  const functions: [string, NativeFn][] = [
    ['select', select],
    ['poll', (_vm, args, kwargs) => {
      noKeywords('select.poll', kwargs);
      if (args.length > 0) throw typeError(`select.poll() takes no arguments (${args.length} given)`);
      return new PyPoll(pollType);
    }],
  ];
  // Waits park the VM, as socket calls do: the eval loop calls them all.
  for (const [name, fn] of functions) {
    const f = builtin(name, fn, 'select');
    f.evalLoopOnly = true;
    d.setStr(name, f);
  }
  for (const t of [pollType, epollType]) {
    for (const meth of t.typeDict.values()) if (meth instanceof PyMethodDescriptor) meth.evalLoopOnly = true;
  }
};
