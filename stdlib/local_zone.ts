// The local time zone as the C library sees it, for the time module: the TZif file that TZ
// names (or /etc/localtime when TZ is unset), or a POSIX rule string such as "JST-9" or
// "CET-1CEST,M3.5.0,M10.5.0/3", read the way glibc's tzset reads them. ICU (what JavaScript's
// Date uses) names zones differently ("GMT+1" where libc says "CET"), does not take POSIX rule
// strings, and its first use costs ~35 ms: `import time` (and so threading, datetime, logging)
// paid that at start-up.

import { readFileSync } from 'node:fs';

/** The local time type in effect at an instant: seconds east of UTC, daylight saving or not, abbreviation. */
export interface LocalType {
  readonly utoff: number;
  readonly isdst: 0 | 1;
  readonly abbr: string;
}

/** A day of a POSIX rule (Jn, n or Mm.w.d) and the local time of day, in seconds, when it changes. */
interface DayRule {
  readonly kind: 'J' | 'n' | 'M';
  readonly n: number;
  readonly week: number;
  readonly weekday: number;
  readonly time: number;
}

/** The rule of a POSIX TZ string: std offset [dst [offset] [,start[/time],end[/time]]]. */
interface PosixRule {
  readonly std: LocalType;
  /** glibc's tzname[1] for the rule: the daylight name, else the standard one ('' after a name with no offset). */
  readonly dstName: string;
  readonly dst?: { readonly type: LocalType; readonly start: DayRule; readonly end: DayRule };
}

/** A zone: the transitions of a TZif file (UTC seconds, ascending, each with its type), then its rule. */
export interface Zone {
  readonly transitions: readonly number[];
  readonly typeOf: readonly number[];
  readonly types: readonly LocalType[];
  readonly rule?: PosixRule;
}

const UTC: Zone = { transitions: [], typeOf: [], types: [{ utoff: 0, isdst: 0, abbr: 'UTC' }] };

/**
 * glibc's tzname after tzset: the rule's names where there is a rule, else the names of the
 * last standard and daylight types a TZif file's transitions use (the standard one twice if none).
 * strftime's %Z reads it for a time tuple without a zone of its own.
 */
export function libcTzname(zone: Zone): [string, string] {
  if (zone.rule !== undefined) return [zone.rule.std.abbr, zone.rule.dstName];
  const names: (string | undefined)[] = [undefined, undefined];
  for (let i = zone.typeOf.length - 1; i >= 0 && (names[0] === undefined || names[1] === undefined); i--) {
    const type = zone.types[zone.typeOf[i]];
    names[type.isdst] ??= type.abbr;
  }
  const std = names[0] ?? zone.types[0].abbr;
  return [std, names[1] ?? std];
}

const zones = new Map<string, Zone>();

/**
 * The zone for a value of TZ (undefined: unset), cached per value. Lookup as glibc does it: a
 * leading ':' is dropped; an empty value is UTC; an absolute path is a TZif file, a relative one is
 * looked up under TZDIR (/usr/share/zoneinfo); what is not a file is read as a POSIX rule.
 */
export function zoneFor(tz: string | undefined, tzdir: string | undefined): Zone {
  const key = `${tz === undefined ? '\0' : tz}\0${tzdir ?? ''}`;
  let zone = zones.get(key);
  if (zone === undefined) {
    zone = loadZone(tz, tzdir);
    if (zones.size >= 64) zones.clear();
    zones.set(key, zone);
  }
  return zone;
}

function loadZone(tz: string | undefined, tzdir: string | undefined): Zone {
  if (tz === undefined) return readTzif('/etc/localtime') ?? UTC;
  const name = tz.startsWith(':') ? tz.slice(1) : tz;
  if (name === '') return UTC;
  const path = name.startsWith('/') ? name : `${tzdir || '/usr/share/zoneinfo'}/${name}`;
  const fromFile = name.includes('\0') ? undefined : readTzif(path);
  if (fromFile !== undefined) return fromFile;
  const rule = parsePosixRule(name);
  return rule === undefined ? UTC : { transitions: [], typeOf: [], types: [rule.std], rule };
}

// ---------------------------------------------------------------- TZif files (RFC 8536)

function readTzif(path: string): Zone | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    return parseTzif(buf);
  } catch {
    return undefined; // a truncated or foreign file: read TZ as a rule instead
  }
}

function parseTzif(buf: Buffer): Zone | undefined {
  if (buf.length < 44 || buf.toString('latin1', 0, 4) !== 'TZif') return undefined;
  const version = buf[4];
  let at = 0;
  let timeSize = 4;
  let counts = headerCounts(buf, at);
  if (version >= 0x32) {
    // Version 2+: skip the 32-bit block; the second header and block have 64-bit times.
    at = 44 + blockLength(counts, 4);
    if (buf.toString('latin1', at, at + 4) !== 'TZif') return undefined;
    counts = headerCounts(buf, at);
    timeSize = 8;
  }
  const { isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt } = counts;
  if (typecnt === 0) return undefined;
  let p = at + 44;
  const transitions: number[] = [];
  for (let i = 0; i < timecnt; i++, p += timeSize) {
    transitions.push(timeSize === 8 ? Number(buf.readBigInt64BE(p)) : buf.readInt32BE(p));
  }
  const typeOf: number[] = [];
  for (let i = 0; i < timecnt; i++) typeOf.push(buf[p++]);
  const raw: { utoff: number; isdst: number; idx: number }[] = [];
  for (let i = 0; i < typecnt; i++, p += 6) raw.push({ utoff: buf.readInt32BE(p), isdst: buf[p + 4], idx: buf[p + 5] });
  const chars = buf.subarray(p, p + charcnt);
  p += charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
  const types = raw.map(({ utoff, isdst, idx }) => {
    const end = chars.indexOf(0, idx);
    return { utoff, isdst: isdst ? 1 : 0, abbr: chars.toString('latin1', idx, end < 0 ? chars.length : end) } as LocalType;
  });
  let rule: PosixRule | undefined;
  if (timeSize === 8 && buf[p] === 0x0a) {
    const end = buf.indexOf(0x0a, p + 1);
    if (end > p + 1) rule = parsePosixRule(buf.toString('latin1', p + 1, end));
  }
  return { transitions, typeOf, types, rule };
}

interface Counts {
  isutcnt: number;
  isstdcnt: number;
  leapcnt: number;
  timecnt: number;
  typecnt: number;
  charcnt: number;
}

function headerCounts(buf: Buffer, at: number): Counts {
  const c = (i: number) => buf.readUInt32BE(at + 20 + 4 * i);
  return { isutcnt: c(0), isstdcnt: c(1), leapcnt: c(2), timecnt: c(3), typecnt: c(4), charcnt: c(5) };
}

function blockLength(c: Counts, timeSize: number): number {
  return c.timecnt * (timeSize + 1) + c.typecnt * 6 + c.charcnt + c.leapcnt * (timeSize + 4) + c.isstdcnt + c.isutcnt;
}

// ---------------------------------------------------------------- POSIX rule strings

/** Parses `std offset [dst [offset] [,rule]]`; undefined when not even a zone name leads it. */
function parsePosixRule(s: string): PosixRule | undefined {
  let i = 0;
  const name = (): string | undefined => {
    if (s[i] === '<') {
      const end = s.indexOf('>', i);
      if (end < 0) return undefined;
      const n = s.slice(i + 1, end);
      i = end + 1;
      return n;
    }
    const start = i;
    while (i < s.length && /[A-Za-z]/.test(s[i])) i++;
    return i - start >= 3 ? s.slice(start, i) : undefined;
  };
  const offset = (): number | undefined => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2})(?::(\d{1,2}))?)?/.exec(s.slice(i));
    if (m === null) return undefined;
    i += m[0].length;
    const secs = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === '-' ? -secs : secs;
  };
  const stdName = name();
  if (stdName === undefined) return undefined;
  // POSIX offsets count west of UTC; a name without an offset (TZ=Foo) is UTC under that name.
  const stdWest = offset();
  const std: LocalType = { utoff: -(stdWest ?? 0), isdst: 0, abbr: stdName };
  if (stdWest === undefined) return { std, dstName: '' };
  const dstName = name();
  if (dstName === undefined) return { std, dstName: stdName };
  const dstWest = offset() ?? stdWest - 3600;
  const type: LocalType = { utoff: -dstWest, isdst: 1, abbr: dstName };
  let start: DayRule | undefined;
  let end: DayRule | undefined;
  if (s[i] === ',') {
    i++;
    start = dayRule();
    if (s[i] === ',') {
      i++;
      end = dayRule();
    }
  }
  // Without a rule (TZ=EST5EDT with no zone file), glibc uses the US rules.
  start ??= { kind: 'M', n: 3, week: 2, weekday: 0, time: 7200 };
  end ??= { kind: 'M', n: 11, week: 1, weekday: 0, time: 7200 };
  return { std, dstName, dst: { type, start, end } };

  function dayRule(): DayRule | undefined {
    let rule: Omit<DayRule, 'time'>;
    const m = /^(?:J(\d+)|M(\d+)\.(\d)\.(\d)|(\d+))/.exec(s.slice(i));
    if (m === null) return undefined;
    i += m[0].length;
    if (m[1] !== undefined) rule = { kind: 'J', n: Number(m[1]), week: 0, weekday: 0 };
    else if (m[2] !== undefined) rule = { kind: 'M', n: Number(m[2]), week: Number(m[3]), weekday: Number(m[4]) };
    else rule = { kind: 'n', n: Number(m[5]), week: 0, weekday: 0 };
    let time = 7200;
    if (s[i] === '/') {
      i++;
      time = offset() ?? 7200;
    }
    return { ...rule, time };
  }
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * UTC seconds of 00:00 on the rule's day of year `y`, reckoned as if local time were UTC. Before
 * 1970 glibc counts the day from 1 January 1970 (so a rule's changes of those years all fall
 * in 1970, after the time asked about): copied, since it decides what localtime() says.
 */
function ruleDay(y: number, r: DayRule): number {
  const jan1 = y < 1970 ? 0 : utcSeconds(y, 0, 1, 0, 0, 0);
  if (r.kind === 'J') return jan1 + (r.n - 1 + (isLeap(y) && r.n >= 60 ? 1 : 0)) * 86400;
  if (r.kind === 'n') return jan1 + r.n * 86400;
  const first = utcSeconds(y, r.n - 1, 1, 0, 0, 0);
  const firstWeekday = new Date(first * 1000).getUTCDay();
  let day = 1 + ((r.weekday - firstWeekday + 7) % 7) + (r.week - 1) * 7;
  const monthDays = new Date(Date.UTC(2000, r.n, 0)).getUTCDate() + (r.n === 2 && !isLeap(y) ? -1 : 0);
  while (day > monthDays) day -= 7;
  return jan1 + (first - utcSeconds(y, 0, 1, 0, 0, 0)) + (day - 1) * 86400;
}

function ruleAt(rule: PosixRule, t: number): LocalType {
  const dst = rule.dst;
  if (dst === undefined) return rule.std;
  const y = new Date((t + rule.std.utoff) * 1000).getUTCFullYear();
  const start = ruleDay(y, dst.start) + dst.start.time - rule.std.utoff;
  const end = ruleDay(y, dst.end) + dst.end.time - dst.type.utoff;
  const inDst = start < end ? t >= start && t < end : !(t >= end && t < start);
  return inDst ? dst.type : rule.std;
}

// ---------------------------------------------------------------- lookups

/** The local time type at UTC second `t`. */
export function localTypeAt(zone: Zone, t: number): LocalType {
  const tr = zone.transitions;
  if (tr.length === 0 || t < tr[0]) return tr.length === 0 && zone.rule !== undefined ? ruleAt(zone.rule, t) : zone.types[0];
  if (t >= tr[tr.length - 1] && zone.rule !== undefined) return ruleAt(zone.rule, t);
  let lo = 0;
  let hi = tr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tr[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return zone.types[zone.typeOf[lo]];
}

/**
 * C's seconds for a broken-down UTC time, fields normalised as mktime does (month 13 is January
 * of the next year, day 0 the last of the month before); years 0-99 are not moved to 19xx.
 */
export function utcSeconds(year: number, mon0: number, mday: number, hour: number, min: number, sec: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, mon0, mday);
  d.setUTCHours(hour, min, sec, 0);
  return d.getTime() / 1000;
}

/**
 * glibc's mktime starts from the offset of its previous result (0 in a new process), which decides
 * which of two readings of an ambiguous local time it finds: one per program (VM).
 */
export interface MktimeState {
  guessedOffset: number;
}

/**
 * mktime: the UTC second of local time `local` (seconds, reckoned as if UTC), with tm_isdst's
 * hint, as glibc resolves it: an ambiguous time is the reading nearest its first guess; a time
 * with the wrong isdst takes the offset of the nearest instant with the right one; a time in a
 * gap is moved by the gap's size, preferring the reading whose isdst differs from the hint's
 * (or, with no hint, the one in daylight saving time).
 */
export function mktimeLocal(zone: Zone, local: number, isdst: number, state: MktimeState): number {
  const offsets = new Set([localTypeAt(zone, local - 86400).utoff, localTypeAt(zone, local).utoff, localTypeAt(zone, local + 86400).utoff]);
  const exact = [...offsets].map((o) => local - o).filter((t) => localTypeAt(zone, t).utoff === local - t);
  let t: number;
  if (exact.length > 0) {
    const first = local - state.guessedOffset;
    t = exact.reduce((a, b) => (Math.abs(b - first) < Math.abs(a - first) ? b : a));
    if (isdst >= 0 && localTypeAt(zone, t).isdst !== (isdst > 0 ? 1 : 0)) t = withIsdst(zone, local, t, isdst > 0 ? 1 : 0);
  } else {
    // In a gap: the readings by the offsets before and after it.
    const candidates = [...offsets].map((o) => local - o);
    const dstOf = (c: number) => localTypeAt(zone, c).isdst;
    const preferred = candidates.filter((c) => (isdst < 0 ? dstOf(c) === 1 : dstOf(c) !== (isdst > 0 ? 1 : 0)));
    t = (preferred.length === 1 ? preferred : candidates)[0];
  }
  state.guessedOffset = local - t;
  return t;
}

/**
 * The reading of `local` by the offset of the nearest instant to `t` whose isdst is `want`
 * (probed a week apart, up to ~268 days each way). Where there is none (a zone without daylight
 * saving time asked for it), glibc's result is an hour off the other way: daylight time is taken
 * to be an hour ahead.
 */
function withIsdst(zone: Zone, local: number, t: number, want: 0 | 1): number {
  const stride = 601200;
  for (let delta = stride; delta < 536454000 / 2 + stride; delta += stride) {
    for (const ot of [t - delta, t + delta]) {
      const type = localTypeAt(zone, ot);
      if (type.isdst === want) return local - type.utoff;
    }
  }
  return want ? t - 3600 : t + 3600;
}

/**
 * time.timezone, altzone, daylight and tzname as CPython's init_timezone computes them where
 * libc has no altzone: from the types in effect near the start and the middle of this year,
 * the west-most as standard time (reversed in the southern hemisphere).
 */
export function zoneSummary(zone: Zone, now: number): { timezone: number; altzone: number; daylight: number; tzname: [string, string] } {
  const YEAR = (365 * 24 + 6) * 3600;
  const jan = Math.floor(now / YEAR) * YEAR;
  const a = localTypeAt(zone, jan);
  const b = localTypeAt(zone, jan + YEAR / 2);
  const janzone = -a.utoff;
  const julzone = -b.utoff;
  const daylight = janzone !== julzone ? 1 : 0;
  return janzone < julzone
    ? { timezone: julzone, altzone: janzone, daylight, tzname: [b.abbr, a.abbr] }
    : { timezone: janzone, altzone: julzone, daylight, tzname: [a.abbr, b.abbr] };
}
