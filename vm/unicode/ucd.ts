// Unicode 14.0's character properties (CPython 3.11's unicodedata), read from the generated
// tables in ucd_tables.ts; each table is decoded at its first use.

import {
  BIDIRECTIONAL_RUNS, BIDIRECTIONAL_VALUES, CASEFOLD_SPECIAL, CATEGORY_RUNS, CATEGORY_VALUES, COMBINING_RUNS,
  COMBINING_VALUES, EAST_ASIAN_WIDTH_RUNS, EAST_ASIAN_WIDTH_VALUES, MIRRORED_RUNS, MIRRORED_VALUES, NUMERIC_GROUPS,
  TITLE_SPECIAL,
} from './ucd_tables.js';

/** A property over all code points: the first code point of each run and the run's value index. */
class RunTable<V> {
  private starts: Int32Array | null = null;
  private indexes: Uint8Array | null = null;

  constructor(private readonly runs: string, private readonly values: readonly V[]) {}

  private decode(): void {
    const parts = this.runs.split(',');
    const n = parts.length / 2;
    const starts = new Int32Array(n);
    const indexes = new Uint8Array(n);
    let cp = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = cp;
      cp += parseInt(parts[2 * i], 36);
      indexes[i] = parseInt(parts[2 * i + 1], 36);
    }
    this.starts = starts;
    this.indexes = indexes;
  }

  /** The [first, last] code point pairs of the runs whose value is `value`. */
  rangesOf(value: V): [number, number][] {
    if (this.starts === null) this.decode();
    const starts = this.starts!;
    const out: [number, number][] = [];
    for (let i = 0; i < starts.length; i++) {
      if (this.values[this.indexes![i]] !== value) continue;
      out.push([starts[i], i + 1 < starts.length ? starts[i + 1] - 1 : 0x10ffff]);
    }
    return out;
  }

  get(cp: number): V {
    if (this.starts === null) this.decode();
    const starts = this.starts!;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= cp) lo = mid;
      else hi = mid - 1;
    }
    return this.values[this.indexes![lo]];
  }
}

const category = new RunTable(CATEGORY_RUNS, CATEGORY_VALUES as readonly string[]);
const bidirectional = new RunTable(BIDIRECTIONAL_RUNS, BIDIRECTIONAL_VALUES as readonly string[]);
const combining = new RunTable(COMBINING_RUNS, COMBINING_VALUES as readonly number[]);
const eastAsianWidth = new RunTable(EAST_ASIAN_WIDTH_RUNS, EAST_ASIAN_WIDTH_VALUES as readonly string[]);
const mirrored = new RunTable(MIRRORED_RUNS, MIRRORED_VALUES as readonly number[]);

/** The General_Category, two letters ('Lu', 'Nd', 'Cn' for unassigned code points). */
export const ucdCategory = (cp: number): string => category.get(cp);
/** The Bidi_Class ('L', 'R', 'AN'...); '' for unassigned code points, as in CPython. */
export const ucdBidirectional = (cp: number): string => bidirectional.get(cp);
/** The Canonical_Combining_Class. */
export const ucdCombining = (cp: number): number => combining.get(cp);
/** The East_Asian_Width ('F', 'H', 'W', 'Na', 'A', 'N'). */
export const ucdEastAsianWidth = (cp: number): string => eastAsianWidth.get(cp);
/** Bidi_Mirrored, as 0 or 1. */
export const ucdMirrored = (cp: number): number => mirrored.get(cp);

/**
 * Whether the code point is assigned in Unicode 14.0. Node's ICU may know later versions:
 * characters it knows and CPython 3.11 does not are unassigned for tpy's str methods too.
 */
export const isAssigned14 = (cp: number): boolean => category.get(cp) !== 'Cn';

let unassigned: RegExp | null = null;

/** A regex that finds a code point unassigned in Unicode 14.0 (noncharacters included). */
export function unassigned14Regex(): RegExp {
  if (unassigned !== null) return unassigned;
  const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
  const ranges = category.rangesOf('Cn').map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`));
  return (unassigned = new RegExp(`[${ranges.join('')}]`, 'u'));
}

/** Which of the numeric properties a character has (Numeric_Type). */
export enum NumericKind {
  Decimal = 0,
  Digit = 1,
  Numeric = 2,
}

/** A character's numeric value: an integer, or numerator/denominator. */
export interface NumericValue {
  kind: NumericKind;
  num: number;
  den: number;
}

let numericMap: Map<number, NumericValue> | null = null;

function decodeNumeric(): Map<number, NumericValue> {
  const map = new Map<number, NumericValue>();
  for (const group of NUMERIC_GROUPS.split(';')) {
    const [start, count, kind, value] = group.split(',');
    const first = parseInt(start, 36);
    const n = parseInt(count, 36);
    const slash = value.indexOf('/');
    for (let i = 0; i < n; i++) {
      const v: NumericValue = slash < 0
        ? { kind: Number(kind), num: Number(value) + i, den: 1 }
        : { kind: Number(kind), num: Number(value.slice(0, slash)), den: Number(value.slice(slash + 1)) };
      map.set(first + i, v);
    }
  }
  return map;
}

/** The character's numeric value, or undefined when it has none. */
export function ucdNumeric(cp: number): NumericValue | undefined {
  return (numericMap ??= decodeNumeric()).get(cp);
}

function decodeMappings(table: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const entry of table.split(';')) {
    const [cp, chars] = entry.split(':');
    map.set(parseInt(cp, 36), String.fromCodePoint(...chars.split(' ').map((c) => parseInt(c, 36))));
  }
  return map;
}

let casefoldMap: Map<number, string> | null = null;
let titleMap: Map<number, string> | null = null;

/** str.casefold() of one character where it differs from str.lower() (ß -> ss, Cherokee...). */
export function specialCasefold(cp: number): string | undefined {
  return (casefoldMap ??= decodeMappings(CASEFOLD_SPECIAL)).get(cp);
}

/** A character's titlecase where it differs from its uppercase (ǆ -> ǅ, ß -> Ss, Georgian...). */
export function specialTitle(cp: number): string | undefined {
  return (titleMap ??= decodeMappings(TITLE_SPECIAL)).get(cp);
}
