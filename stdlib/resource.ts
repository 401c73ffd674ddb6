// The resource module: tpy's own process's resource usage and limits (Linux).
//
// getrusage(RUSAGE_SELF) is Node's process.resourceUsage() (the getrusage(2) of the node
// process running the program); RUSAGE_CHILDREN comes from /proc/self/stat, which has the
// children's CPU times and page faults only (the other fields are 0). getrlimit reads
// /proc/self/limits; setrlimit, which Node cannot do, runs util-linux's `prlimit` on this
// process and says so when that fails to run.

import { fs } from './node_namespaces.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyFloat } from '../vm/objects/float.js';
import { builtin } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { normInt } from '../vm/objects/int.js';
import { newException, OSError, overflowError, valueError } from '../vm/objects/exceptions.js';
import { checkArgCount, noKwargs } from '../vm/methods/args.js';
import { index } from '../vm/ops/convert.js';
import { toArray } from '../vm/ops/sequence.js';
import { makeStructSeqType } from '../profiler/struct_seq.js';
import { nodeModule } from './node_lazy.js';
import type { ModuleInit, VM } from '../vm/vm.js';

const structRusage = makeStructSeqType('resource', 'struct_rusage', [
  'ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt', 'ru_nswap',
  'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw',
]);

/** Linux's resource numbers, in the order /proc/self/limits lists them, with prlimit(1)'s option for each. */
const RLIMITS: [string, string][] = [
  ['RLIMIT_CPU', 'cpu'], ['RLIMIT_FSIZE', 'fsize'], ['RLIMIT_DATA', 'data'], ['RLIMIT_STACK', 'stack'],
  ['RLIMIT_CORE', 'core'], ['RLIMIT_RSS', 'rss'], ['RLIMIT_NPROC', 'nproc'], ['RLIMIT_NOFILE', 'nofile'],
  ['RLIMIT_MEMLOCK', 'memlock'], ['RLIMIT_AS', 'as'], ['RLIMIT_LOCKS', 'locks'], ['RLIMIT_SIGPENDING', 'sigpending'],
  ['RLIMIT_MSGQUEUE', 'msgqueue'], ['RLIMIT_NICE', 'nice'], ['RLIMIT_RTPRIO', 'rtprio'], ['RLIMIT_RTTIME', 'rttime'],
];

/** rlim_t is unsigned; Python shows RLIM_INFINITY (all ones) as -1, and other values as they are. */
const RLIM_INFINITY = (1n << 64n) - 1n;
const fromRlim = (v: bigint): number | bigint => (v === RLIM_INFINITY ? -1 : normInt(v));

function clockTicks(): number {
  return 100; // USER_HZ: what /proc reports times in on every Linux architecture tpy runs on
}

function childrenUsage(): PyObject[] {
  // /proc/self/stat: after "pid (comm)", fields 10 and 12 are cminflt and cmajflt, 15 and 16 cutime and cstime.
  const text = fs.readFileSync('/proc/self/stat', 'latin1');
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const at = (n: number) => Number(f[n - 3]);
  return [new PyFloat(at(16) / clockTicks()), new PyFloat(at(17) / clockTicks()), 0, 0, 0, 0, at(10), at(12), 0, 0, 0, 0, 0, 0, 0, 0];
}

function selfUsage(): PyObject[] {
  const u = process.resourceUsage();
  return [
    new PyFloat(u.userCPUTime / 1e6), new PyFloat(u.systemCPUTime / 1e6), u.maxRSS, u.sharedMemorySize, u.unsharedDataSize, u.unsharedStackSize,
    u.minorPageFault, u.majorPageFault, u.swappedOut, u.fsRead, u.fsWrite, u.ipcSent, u.ipcReceived, u.signalsCount,
    u.voluntaryContextSwitches, u.involuntaryContextSwitches,
  ];
}

function resourceNumber(vm: VM, arg: PyObject): number {
  const n = index(vm, arg);
  if (typeof n === 'bigint' || n < 0 || n >= RLIMITS.length) throw valueError('invalid resource specified');
  return n;
}

/** The (soft, hard) pair of /proc/PID/limits' row for resource n. */
function readLimits(pid: string, n: number): [bigint, bigint] {
  const rows = fs.readFileSync(`/proc/${pid}/limits`, 'latin1').split('\n').slice(1);
  const cells = rows[n].slice(26).trim().split(/\s+/);
  const value = (s: string) => (s === 'unlimited' ? RLIM_INFINITY : BigInt(s));
  return [value(cells[0]), value(cells[1])];
}

/** One limit as setrlimit takes it: a C long, negative values wrapping as rlim_t does. */
function rlimValue(vm: VM, o: PyObject): bigint {
  const v = BigInt(index(vm, o));
  if (v >= 1n << 63n || v < -(1n << 63n)) throw overflowError('Python int too large to convert to C long');
  return v < 0n ? v + (1n << 64n) : v;
}

function limitPair(vm: VM, limits: PyObject): [bigint, bigint] {
  const items = toArray(vm, limits);
  if (items.length !== 2) throw valueError('expected a tuple of 2 integers');
  return [rlimValue(vm, items[0]), rlimValue(vm, items[1])];
}

/** Sets a limit of process pid with prlimit(1): Node has no setrlimit. Errors as CPython reports EPERM and EINVAL. */
function writeLimits(pid: number, n: number, [soft, hard]: [bigint, bigint]): void {
  if (soft > hard) throw valueError('current limit exceeds maximum limit');
  const show = (v: bigint) => (v === RLIM_INFINITY ? 'unlimited' : String(v));
  const cp = nodeModule<typeof import('node:child_process')>('node:child_process');
  const r = cp.spawnSync('prlimit', [`--pid=${pid}`, `--${RLIMITS[n][1]}=${show(soft)}:${show(hard)}`], { encoding: 'utf8' });
  if (r.error !== undefined) {
    // DIVERGENCE: without util-linux's prlimit there is no way to change a limit from Node.
    throw newException(OSError, `resource.setrlimit: tpy sets limits with the prlimit command, which could not be run (${r.error.message})`);
  }
  if (r.status === 0) return;
  if (/not permitted/i.test(r.stderr)) throw valueError('not allowed to raise maximum limit');
  if (/invalid argument/i.test(r.stderr)) throw valueError('current limit exceeds maximum limit');
  throw newException(OSError, `resource.setrlimit: prlimit failed: ${r.stderr.trim()}`);
}

export const init_resource: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('error', OSError);
  d.setStr('struct_rusage', structRusage);
  // CPython leaves RLIMIT_LOCKS (10) out.
  RLIMITS.forEach(([name], i) => {
    if (name !== 'RLIMIT_LOCKS') d.setStr(name, i);
  });
  d.setStr('RLIMIT_OFILE', 7);
  d.setStr('RLIM_INFINITY', -1);
  d.setStr('RUSAGE_SELF', 0);
  d.setStr('RUSAGE_CHILDREN', -1);
  d.setStr('RUSAGE_THREAD', 1);

  d.setStr('getrusage', builtin('getrusage', (vm, args, kwargs) => {
    noKwargs('getrusage', kwargs);
    checkArgCount('getrusage', args, 1, 1, 0);
    const who = index(vm, args[0]);
    // A program has one thread as far as the OS is concerned: RUSAGE_THREAD is RUSAGE_SELF.
    if (who === 0 || who === 1) return new PyTuple(selfUsage(), structRusage);
    if (who === -1) return new PyTuple(childrenUsage(), structRusage);
    throw valueError('invalid who parameter');
  }, 'resource'));

  d.setStr('getrlimit', builtin('getrlimit', (vm, args, kwargs) => {
    noKwargs('getrlimit', kwargs);
    checkArgCount('getrlimit', args, 1, 1, 0);
    const [soft, hard] = readLimits('self', resourceNumber(vm, args[0]));
    return new PyTuple([fromRlim(soft), fromRlim(hard)]);
  }, 'resource'));

  d.setStr('setrlimit', builtin('setrlimit', (vm, args, kwargs) => {
    noKwargs('setrlimit', kwargs);
    checkArgCount('setrlimit', args, 2, 2, 0);
    const n = resourceNumber(vm, args[0]);
    writeLimits(process.pid, n, limitPair(vm, args[1]));
    return None;
  }, 'resource'));

  d.setStr('prlimit', builtin('prlimit', (vm, args, kwargs) => {
    noKwargs('prlimit', kwargs);
    checkArgCount('prlimit', args, 2, 3, 0);
    const pidArg = index(vm, args[0]);
    const pid = pidArg === 0 ? process.pid : Number(pidArg);
    const n = resourceNumber(vm, args[1]);
    let old: [bigint, bigint];
    try {
      old = readLimits(String(pid), n);
    } catch {
      throw newException(OSError, 3, 'No such process');
    }
    if (args.length === 3) writeLimits(pid, n, limitPair(vm, args[2]));
    return new PyTuple([fromRlim(old[0]), fromRlim(old[1])]);
  }, 'resource'));

  d.setStr('getpagesize', builtin('getpagesize', (vm, args, kwargs) => {
    noKwargs('getpagesize', kwargs);
    checkArgCount('getpagesize', args, 0, 0, 0);
    return pageSize();
  }, 'resource'));
};

let cachedPageSize = 0;
/** The kernel's page size, from the first mapping in /proc/self/smaps (4096 where it cannot be read). */
function pageSize(): number {
  if (cachedPageSize === 0) {
    cachedPageSize = 4096;
    try {
      const fd = fs.openSync('/proc/self/smaps', 'r');
      const buf = Buffer.alloc(4096);
      const got = fs.readSync(fd, buf, 0, buf.length, null);
      fs.closeSync(fd);
      const m = /KernelPageSize:\s+(\d+) kB/.exec(buf.toString('latin1', 0, got));
      if (m) cachedPageSize = Number(m[1]) * 1024;
    } catch {
      // keep 4096
    }
  }
  return cachedPageSize;
}

