// The time module: clocks, sleep, and struct_time with localtime/gmtime/mktime/strftime/asctime/ctime.

import { readlinkSync } from 'node:fs';
import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyTuple, tupleType } from '../vm/objects/tuple.js';
import { builtin, defGetter, defMethod, NativeFn, PyBuiltinFunction } from '../vm/objects/function.js';
import { makeNativeType } from '../vm/objects/type.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, valueError, overflowError } from '../vm/objects/exceptions.js';
import { normInt } from '../vm/objects/int.js';
import { typeOf, argTypeName } from '../vm/ops/typeof.js';
import { index, repr } from '../vm/ops/convert.js';
import { toArray } from '../vm/ops/sequence.js';
import { checkArgCount, checkArgs, noArgs, noKwargs, parseArgs } from '../vm/methods/args.js';
import { defNew } from '../vm/methods/object.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { importModule } from '../vm/import.js';
import { call } from '../vm/ops/call.js';
import { asctime, strftime, type Tm } from './strftime.js';
import { CLOCK_IDS, clockFunctions } from './time_clocks.js';

// ---------------------------------------------------------------- clocks

/**
 * Wall-clock nanoseconds = this offset + the monotonic hrtime, calibrated on the first call
 * (not when the module is evaluated: the start-up snapshot evaluates it at build time).
 */
let wallOffsetNs: bigint | undefined;

function timeNs(): bigint {
  wallOffsetNs ??= BigInt(Date.now()) * 1_000_000n - process.hrtime.bigint();
  return wallOffsetNs + process.hrtime.bigint();
}

function processTimeNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

const nsToSeconds = (ns: bigint) => Number(ns) / 1e9;

// ---------------------------------------------------------------- struct_time

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

export const structTimeType = makeNativeType('time.struct_time', tupleType, { allocate: (cls) => new PyStructTime([], None, None, cls) });

/** A 9-tuple with named fields, plus tm_zone and tm_gmtoff (not part of the tuple, as in CPython). */
export class PyStructTime extends PyTuple {
  constructor(items: PyObject[], readonly zone: PyObject, readonly gmtoff: PyObject, cls = structTimeType) {
    super(items, cls);
  }
}

FIELDS.forEach((name, i) => defGetter(structTimeType, name, (vm, self) => (self as PyTuple).items[i]));
defGetter(structTimeType, 'tm_zone', (vm, self) => (self instanceof PyStructTime ? self.zone : None));
defGetter(structTimeType, 'tm_gmtoff', (vm, self) => (self instanceof PyStructTime ? self.gmtoff : None));
defMethod(structTimeType, '__repr__', (vm, args) => {
  const self = args[0] as PyTuple;
  return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(vm, self.items[i])}`).join(', ')})`;
});
defMethod(structTimeType, '__reduce__', (vm, args) => {
  const self = args[0] as PyStructTime;
  return new PyTuple([structTimeType, new PyTuple([new PyTuple(self.items.slice())])]);
});
defNew(structTimeType, (vm, args, kwargs) => {
  const [seq] = parseArgs('struct_time', args, kwargs, { names: ['sequence', 'dict'], required: 1 });
  const items = toArray(vm, seq!);
  if (items.length < 9) throw typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  if (items.length > 11) throw typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  return new PyStructTime(items.slice(0, 9), items[9] ?? None, items[10] ?? None, args[0] as typeof structTimeType);
});

/** Broken-down time (the fields of C's struct tm, months 1-based, weekday Monday=0). */
function dayOfYear(year: number, mon: number, mday: number): number {
  return Math.round((Date.UTC(year, mon - 1, mday) - Date.UTC(year, 0, 1)) / 86400000) + 1;
}

function gmtimeOf(seconds: number): Tm {
  const d = new Date(seconds * 1000);
  const year = d.getUTCFullYear();
  const mon = d.getUTCMonth() + 1;
  const mday = d.getUTCDate();
  return {
    year, mon, mday, hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7, yday: dayOfYear(year, mon, mday), isdst: 0, zone: 'GMT', gmtoff: 0,
  };
}

/**
 * The zone abbreviation at `d`, as ICU names it. Building an Intl.DateTimeFormat costs ~0.5 ms
 * and formatting its parts ~15 us, so both are cached: the formatter per TZ value (a formatter
 * keeps the zone it was made in), and names per TZ, UTC offset and quarter hour (a zone's name
 * changes only with its offset or at a transition, and transitions fall on quarter hours).
 */
let zoneFormat: { tz: string | undefined; fmt: Intl.DateTimeFormat } | undefined;
const zoneNames = new Map<string, string>();

function zoneName(d: Date): string {
  const tz = process.env.TZ;
  const key = `${tz}|${d.getTimezoneOffset()}|${Math.floor(d.getTime() / 900_000)}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = zoneNameUncached(d, tz);
    if (zoneNames.size >= 256) zoneNames.clear();
    zoneNames.set(key, name);
  }
  return name;
}

/**
 * Zones at UTC+0 all year that ICU names 'UTC' or 'GMT' (node's ICU, checked for each): their
 * name is known without an Intl.DateTimeFormat, whose first use loads ICU's zone data (~15 ms
 * and ~8 MB), which `import time` would otherwise pay on every host set to UTC.
 */
const FIXED_UTC_ZONES = new Set([
  'UTC', 'Etc/UTC', 'UCT', 'Etc/UCT', 'Universal', 'Etc/Universal', 'Zulu', 'Etc/Zulu',
  'GMT', 'Etc/GMT', 'GMT0', 'Etc/GMT0', 'GMT+0', 'Etc/GMT+0', 'GMT-0', 'Etc/GMT-0', 'Greenwich', 'Etc/Greenwich',
]);

let systemZoneId: string | null | undefined;

/** The zone /etc/localtime links to ('Etc/UTC'), which ICU takes when TZ is unset; null if it is no such link. */
function systemZone(): string | null {
  if (systemZoneId === undefined) {
    try {
      const target = readlinkSync('/etc/localtime');
      const i = target.lastIndexOf('zoneinfo/');
      systemZoneId = i >= 0 ? target.slice(i + 'zoneinfo/'.length) : null;
    } catch {
      systemZoneId = null;
    }
  }
  return systemZoneId;
}

function zoneNameUncached(d: Date, tz: string | undefined): string {
  const id = tz ?? systemZone();
  // What the ICU lookup below gives for these zones (ICU says 'GMT' for the GMT ones).
  if (id !== null && FIXED_UTC_ZONES.has(id)) return tz === 'GMT' ? 'GMT' : 'UTC';
  try {
    if (zoneFormat === undefined || zoneFormat.tz !== tz) {
      zoneFormat = { tz, fmt: new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }) };
    }
    const parts = zoneFormat.fmt.formatToParts(d);
    const z = parts.find((p) => p.type === 'timeZoneName')?.value;
    if (z !== undefined) return z === 'GMT' && d.getTimezoneOffset() === 0 && tz !== 'GMT' ? 'UTC' : z;
  } catch {
    // Intl without time zone data (or an invalid date): fall through.
  }
  return 'UTC';
}

/** Whether DST is in effect at `d` (its offset differs from the standard, larger-west offset of the year). */
function isDst(d: Date): boolean {
  const y = d.getFullYear();
  const jan = new Date(y, 0, 1).getTimezoneOffset();
  const jul = new Date(y, 6, 1).getTimezoneOffset();
  return jan !== jul && d.getTimezoneOffset() === Math.min(jan, jul);
}

function localtimeOf(seconds: number): Tm {
  const d = new Date(seconds * 1000);
  const year = d.getFullYear();
  const mon = d.getMonth() + 1;
  const mday = d.getDate();
  return {
    year, mon, mday, hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7, yday: dayOfYear(year, mon, mday), isdst: isDst(d) ? 1 : 0,
    zone: zoneName(d), gmtoff: -d.getTimezoneOffset() * 60,
  };
}

function structTime(tm: Tm): PyStructTime {
  return new PyStructTime([tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst], tm.zone, tm.gmtoff);
}

/** A struct_time or 9-tuple argument back to a Tm (gettmarg), with CPython's checks. */
function tmFromArg(vm: VM, o: PyObject, fname: string): Tm {
  if (!(o instanceof PyTuple)) throw typeError(`Tuple or struct_time argument required`);
  if (o.items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const v = o.items.map((x) => {
    if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') {
      throw typeError(`'${typeOf(x).tpName}' object cannot be interpreted as an integer`);
    }
    const n = index(vm, x);
    if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C int');
    return n;
  });
  const zone = o instanceof PyStructTime && typeof o.zone === 'string' ? o.zone : undefined;
  const gmtoff = o instanceof PyStructTime && typeof o.gmtoff === 'number' ? o.gmtoff : undefined;
  return new TupleTm(v, zone, gmtoff ?? 0);
}

/**
 * The Tm of a time tuple. A plain tuple's zone is the local one, looked up only when read
 * (%Z): the lookup would be most of the cost of a strftime call that does not ask for it.
 */
class TupleTm implements Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number;
  constructor(v: number[], private readonly givenZone: string | undefined, readonly gmtoff: number) {
    [this.year, this.mon, this.mday, this.hour, this.min, this.sec, this.wday, this.yday, this.isdst] = v;
  }

  get zone(): string {
    return this.givenZone ?? localZoneNow();
  }
}

function localZoneNow(): string {
  return zoneName(new Date());
}

/** checktm: the ranges strftime and asctime accept. */
function checkTm(tm: Tm): void {
  if (tm.mon === 0) tm.mon = 1;
  if (tm.mon < 1 || tm.mon > 12) throw valueError('month out of range');
  if (tm.mday === 0) tm.mday = 1;
  if (tm.mday < 1 || tm.mday > 31) throw valueError('day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw valueError('hour out of range');
  if (tm.min < 0 || tm.min > 59) throw valueError('minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw valueError('seconds out of range');
  if ((tm.wday + 1) % 7 < 0) throw valueError('day of week out of range');
  tm.wday = ((tm.wday % 7) + 7) % 7;
  if (tm.yday === 0) tm.yday = 1;
  if (tm.yday < 1 || tm.yday > 366) throw valueError('day of year out of range');
}

// ---------------------------------------------------------------- arguments

/** The seconds argument of sleep (_PyTime_FromSecondsObject): a float, or an int through __index__. */
function secondsArg(vm: VM, o: PyObject): number {
  if (o instanceof PyFloat) {
    const x = o.value;
    if (Number.isNaN(x)) throw valueError('Invalid value NaN (not a number)');
    return x;
  }
  const n = index(vm, o);
  return Number(n);
}

/** The optional `secs` of gmtime/localtime/ctime: None or missing means now. */
function optSeconds(vm: VM, o: PyObject | undefined): number {
  if (o === undefined || o === None) return Date.now() / 1000;
  let x: number;
  if (o instanceof PyFloat) {
    x = o.value;
    if (Number.isNaN(x)) throw valueError('Invalid value NaN (not a number)');
    x = Math.trunc(x);
  } else x = Number(index(vm, o));
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e15) throw overflowError('timestamp out of range for platform time_t');
  return x;
}

function optTm(vm: VM, o: PyObject | undefined, fname: string): Tm {
  if (o === undefined) return localtimeOf(Date.now() / 1000);
  return tmFromArg(vm, o, fname);
}

const float = (x: number) => new PyFloat(x);

/** A clock function: METH_NOARGS, so any argument is refused with CPython's message. */
function clock(name: string, read: () => PyObject): [string, NativeFn] {
  const fname = `time.${name}`;
  return [name, (_vm, args, kwargs) => {
    if (args.length !== 0 || kwargs !== null) noArgs(fname, args, kwargs, 0);
    return read();
  }];
}

const functions: [string, NativeFn][] = [
  // METH_NOARGS clocks: "time.time() takes no arguments (1 given)".
  clock('time', () => float(nsToSeconds(timeNs()))),
  clock('time_ns', () => normInt(timeNs())),
  clock('perf_counter', () => float(nsToSeconds(process.hrtime.bigint()))),
  clock('perf_counter_ns', () => normInt(process.hrtime.bigint())),
  clock('monotonic', () => float(nsToSeconds(process.hrtime.bigint()))),
  clock('monotonic_ns', () => normInt(process.hrtime.bigint())),
  clock('process_time', () => float(nsToSeconds(processTimeNs()))),
  clock('process_time_ns', () => normInt(processTimeNs())),
  clock('thread_time', () => float(nsToSeconds(processTimeNs()))),
  clock('thread_time_ns', () => normInt(processTimeNs())),
  ['sleep', (vm, args, kwargs) => {
    noKwargs('time.sleep', kwargs);
    if (args.length !== 1) throw typeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const secs = secondsArg(vm, args[0]);
    if (secs < 0) throw valueError('sleep length must be non-negative');
    if (secs > 9.2e9) throw overflowError('timestamp out of range for platform time_t');
    return vm.sleep(secs);
  }],
  ['gmtime', (vm, args, kwargs) => {
    noKwargs('gmtime', kwargs);
    checkArgs('gmtime', args, 0, 1, 0);
    return structTime(gmtimeOf(optSeconds(vm, args[0])));
  }],
  ['localtime', (vm, args, kwargs) => {
    noKwargs('localtime', kwargs);
    checkArgs('localtime', args, 0, 1, 0);
    return structTime(localtimeOf(optSeconds(vm, args[0])));
  }],
  ['mktime', (vm, args, kwargs) => {
    noKwargs('time.mktime', kwargs);
    if (args.length !== 1) throw typeError(`time.mktime() takes exactly one argument (${args.length} given)`);
    const tm = tmFromArg(vm, args[0], 'mktime');
    const ms = new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec).getTime();
    if (Number.isNaN(ms)) throw overflowError('mktime argument out of range');
    return float(ms / 1000);
  }],
  ['asctime', (vm, args, kwargs) => {
    noKwargs('asctime', kwargs);
    checkArgCount('asctime', args, 0, 1, 0);
    const tm = optTm(vm, args[0], 'asctime');
    checkTm(tm);
    return asctime(tm);
  }],
  ['ctime', (vm, args, kwargs) => {
    noKwargs('ctime', kwargs);
    checkArgs('ctime', args, 0, 1, 0);
    return asctime(localtimeOf(optSeconds(vm, args[0])));
  }],
  ['strptime', (vm, args, kwargs) => {
    noKwargs('strptime', kwargs);
    // The _strptime module's parser (shared with datetime, as in CPython), which also checks the arguments.
    const parse = importModule(vm, '_strptime', null).dict.getStr('_strptime_time')!;
    const fields = call(vm, parse, args) as PyTuple;
    return new PyStructTime(fields.items.slice(0, 9), fields.items[9], fields.items[10]);
  }],
  ['strftime', (vm, args, kwargs) => {
    noKwargs('strftime', kwargs);
    checkArgs('strftime', args, 1, 2, 0);
    const fmt = args[0];
    if (typeof fmt !== 'string') throw typeError(`strftime() argument 1 must be str, not ${argTypeName(fmt)}`);
    const tm = optTm(vm, args[1], 'strftime');
    checkTm(tm);
    return strftime(fmt, tm);
  }],
];

export const init_time: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'This module provides various functions to manipulate time values.');
  for (const [name, fn] of functions) d.setStr(name, builtin(name, fn, 'time'));
  const clocks = { wallNs: timeNs, monotonicNs: () => process.hrtime.bigint(), cpuNs: processTimeNs };
  for (const [name, fn] of clockFunctions(clocks)) d.setStr(name, builtin(name, fn, 'time'));
  for (const [name, id] of CLOCK_IDS) d.setStr(name, id);
  // sleep parks the VM where it can (VM.sleep): the eval loop calls it.
  (d.getStr('sleep') as PyBuiltinFunction).evalLoopOnly = true;
  d.setStr('struct_time', structTimeType);
  const now = new Date();
  const jan = new Date(now.getFullYear(), 0, 1);
  const jul = new Date(now.getFullYear(), 6, 1);
  const std = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const dst = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  d.setStr('timezone', std * 60);
  d.setStr('altzone', dst * 60);
  d.setStr('daylight', std !== dst ? 1 : 0);
  const stdName = zoneName(jan.getTimezoneOffset() === std ? jan : jul);
  const dstName = zoneName(jan.getTimezoneOffset() === dst ? jan : jul);
  d.setStr('tzname', new PyTuple([stdName, dstName]));
};
