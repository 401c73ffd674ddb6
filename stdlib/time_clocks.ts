// time's POSIX clock interface: the CLOCK_* ids, clock_gettime(_ns), clock_getres, and
// get_clock_info describing the clocks time(), monotonic() and the others read.
//
// Node gives the wall clock and one monotonic clock (hrtime), plus the process's CPU time:
// CLOCK_REALTIME and CLOCK_TAI read the wall clock, the monotonic ids (MONOTONIC, RAW,
// BOOTTIME) read hrtime, the CPU-time ids read the process's usage (no per-thread time).

import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { type KwArgs, type NativeFn } from '../vm/objects/function.js';
import { OSError, typeError, valueError } from '../vm/objects/exceptions.js';
import { normInt } from '../vm/objects/int.js';
import { argTypeName } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import { noKwargs } from '../vm/methods/args.js';
import { importModule } from '../vm/import.js';
import { call } from '../vm/ops/call.js';
import type { VM } from '../vm/vm.js';

export const CLOCK_IDS: [string, number][] = [
  ['CLOCK_REALTIME', 0], ['CLOCK_MONOTONIC', 1], ['CLOCK_PROCESS_CPUTIME_ID', 2], ['CLOCK_THREAD_CPUTIME_ID', 3],
  ['CLOCK_MONOTONIC_RAW', 4], ['CLOCK_BOOTTIME', 7], ['CLOCK_TAI', 11],
];

export interface Clocks {
  wallNs: () => bigint;
  monotonicNs: () => bigint;
  cpuNs: () => bigint;
}

function readClock(vm: VM, clocks: Clocks, idArg: PyObject): bigint {
  const id = Number(index(vm, idArg));
  switch (id) {
    case 0: case 11: return clocks.wallNs();
    case 1: case 4: case 7: return clocks.monotonicNs();
    case 2: case 3: return clocks.cpuNs();
    default: throw call(vm, OSError, [22, 'Invalid argument']);
  }
}

/** What get_clock_info reports for each clock name (all clock_gettime clocks with 1 ns resolution). */
const CLOCK_INFO: Record<string, [string, boolean, boolean]> = {
  time: ['CLOCK_REALTIME', false, true],
  monotonic: ['CLOCK_MONOTONIC', true, false],
  perf_counter: ['CLOCK_MONOTONIC', true, false],
  process_time: ['CLOCK_PROCESS_CPUTIME_ID', true, false],
  thread_time: ['CLOCK_THREAD_CPUTIME_ID', true, false],
};

/** METH_O-style: one positional argument; `countName` is what the count error calls the function
 *  (clock_gettime_ns's says clock_gettime(), as CPython's). */
function oneArg(name: string, countName: string, args: PyObject[], kwargs: KwArgs | null): PyObject {
  noKwargs(name, kwargs);
  if (args.length !== 1) throw typeError(`${countName}() takes exactly 1 argument (${args.length} given)`);
  return args[0];
}

export function clockFunctions(clocks: Clocks): [string, NativeFn][] {
  return [
    ['clock_gettime', (vm, args, kwargs) => {
      const arg = oneArg('clock_gettime', 'clock_gettime', args, kwargs);
      return new PyFloat(Number(readClock(vm, clocks, arg)) / 1e9);
    }],
    ['clock_gettime_ns', (vm, args, kwargs) => {
      const arg = oneArg('clock_gettime_ns', 'clock_gettime', args, kwargs);
      return normInt(readClock(vm, clocks, arg));
    }],
    ['clock_getres', (vm, args, kwargs) => {
      const arg = oneArg('clock_getres', 'clock_getres', args, kwargs);
      readClock(vm, clocks, arg);
      return new PyFloat(1e-9);
    }],
    ['get_clock_info', (vm, args, kwargs) => {
      const arg = oneArg('get_clock_info', 'get_clock_info', args, kwargs);
      const name = arg;
      if (typeof name !== 'string') throw typeError(`get_clock_info() argument 1 must be str, not ${argTypeName(name)}`);
      const info = Object.prototype.hasOwnProperty.call(CLOCK_INFO, name) ? CLOCK_INFO[name] : undefined;
      if (info === undefined) throw valueError('unknown clock');
      const [clock, monotonic, adjustable] = info;
      const fields: KwArgs = new Map<string, PyObject>([
        ['implementation', `clock_gettime(${clock})`], ['monotonic', monotonic], ['adjustable', adjustable],
        ['resolution', new PyFloat(1e-9)],
      ]);
      const namespace = importModule(vm, 'types', null).dict.getStr('SimpleNamespace')!;
      return call(vm, namespace, [], fields);
    }],
  ];
}
