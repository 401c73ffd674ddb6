// os's questions about the system it runs on: uname() and confstr() (the C library's version, which platform reads).

import { os as osInfo } from './node_namespaces.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyFloat } from '../vm/objects/float.js';
import { newSet } from '../vm/objects/set.js';
import { index } from '../vm/ops/convert.js';
import { None } from '../vm/objects/singletons.js';
import type { NativeFn } from '../vm/objects/function.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';
import { noArgs, oneArg } from '../vm/methods/args.js';
import { makeStructSeqType } from '../profiler/struct_seq.js';
import { osErrorFrom } from './io_file.js';
import type { VM } from '../vm/vm.js';

const unameResultType = makeStructSeqType('posix', 'uname_result', ['sysname', 'nodename', 'release', 'version', 'machine']);
const timesResultType = makeStructSeqType('posix', 'times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed']);

/** Seconds in the kernel's clock ticks (1/100 s), as times(2) counts them. */
const ticks = (seconds: number) => new PyFloat(Math.round(seconds * 100) / 100);

/** Whether process pid exists (signal 0 checks without sending anything); else ProcessLookupError. */
function checkProcess(vm: VM, pid: number): void {
  if (pid === 0 || pid === process.pid) return;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') throw osErrorFrom(vm, e, undefined);
  }
}

/** The names confstr() answers, with glibc's numbers for them. */
const CONFSTR_NAMES: [string, number][] = [['CS_PATH', 0], ['CS_GNU_LIBC_VERSION', 2], ['CS_GNU_LIBPTHREAD_VERSION', 3]];

/** The glibc version node was linked against at run time ('2.36'), or undefined on another C library. */
let glibcVersion: string | null | undefined = null;
function runtimeGlibc(): string | undefined {
  if (glibcVersion === null) {
    // process.report is the one place node tells; building the report takes a few milliseconds, once.
    const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
    glibcVersion = header?.glibcVersionRuntime;
  }
  return glibcVersion;
}

function confstrValue(vm: VM, n: number): PyObject {
  switch (n) {
    case 0: return '/bin:/usr/bin';
    case 2: {
      const v = runtimeGlibc();
      return v === undefined ? None : `glibc ${v}`;
    }
    case 3: {
      const v = runtimeGlibc();
      return v === undefined ? None : `NPTL ${v}`;
    }
    // DIVERGENCE: the compiler-flag names (CS_LFS_*, CS_XBS5_*) are not known here: EINVAL.
    default: throw osErrorFrom(vm, { code: 'EINVAL' }, undefined);
  }
}

export const systemInfoFunctions: [string, NativeFn][] = [
  // The CPUs this process may run on: Node's availableParallelism() reads the affinity mask
  // (sched_getaffinity) of its own process, which tpy reports for any process.
  ['sched_getaffinity', (vm, args, kwargs) => {
    const pid = Number(index(vm, oneArg('posix.sched_getaffinity', args, kwargs, 0)));
    checkProcess(vm, pid);
    return newSet(vm, Array.from({ length: osInfo.availableParallelism() }, (_, i) => i));
  }],
  // The process's CPU times (its children's are not known to Node: 0) and the seconds since boot.
  ['times', (_vm, args, kwargs) => {
    noArgs('posix.times', args, kwargs, 0);
    const usage = process.cpuUsage();
    return new PyTuple([ticks(usage.user / 1e6), ticks(usage.system / 1e6), ticks(0), ticks(0), ticks(osInfo.uptime())], timesResultType);
  }],
  ['uname', (_vm, args, kwargs) => {
    noArgs('posix.uname', args, kwargs, 0);
    return new PyTuple([osInfo.type(), osInfo.hostname(), osInfo.release(), osInfo.version(), osInfo.machine()], unameResultType);
  }],
  ['confstr', (vm, args, kwargs) => {
    const name = oneArg('posix.confstr', args, kwargs, 0);
    if (typeof name === 'string') {
      const known = CONFSTR_NAMES.find(([n]) => n === name);
      if (known === undefined) throw valueError('unrecognized configuration name');
      return confstrValue(vm, known[1]);
    }
    if (typeof name === 'number' || typeof name === 'boolean') return confstrValue(vm, Number(name));
    if (typeof name === 'bigint') return confstrValue(vm, -1);
    throw typeError('configuration names must be strings or integers');
  }],
];

export function installSystemInfo(d: PyDict): void {
  d.setStr('uname_result', unameResultType);
  d.setStr('times_result', timesResultType);
  const names = new PyDict();
  for (const [n, v] of CONFSTR_NAMES) names.setStr(n, v);
  d.setStr('confstr_names', names);
}
