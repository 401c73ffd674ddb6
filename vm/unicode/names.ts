// Unicode 14.0's character names (unicodedata.name/lookup, "\N{...}" escapes): the stored
// names, aliases and named sequences of names.txt, read at first use (it is 0.5 MB, so it
// stays out of the bundle and the start-up snapshot), and the names Unicode defines by rule
// (CJK unified ideographs, Hangul syllables), computed.
// Stored names match in any case, ASCII letters only: 'ı' is not 'I' here.

import { readDataLines } from './data_file.js';
import { ucdCategory } from './ucd.js';

/** The CJK unified ideograph ranges of Unicode 14.0, [first, last] pairs. */
const CJK_UNIFIED = [
  0x3400, 0x4dbf, 0x4e00, 0x9fff, 0x20000, 0x2a6df, 0x2a700, 0x2b738, 0x2b740, 0x2b81d, 0x2b820, 0x2cea1, 0x2ceb0,
  0x2ebe0, 0x30000, 0x3134a,
];
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';
const HANGUL_PREFIX = 'HANGUL SYLLABLE ';

// Hangul syllables: U+AC00 + (L * 21 + V) * 28 + T, named from the jamo short names.
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function isCjkUnified(cp: number): boolean {
  for (let i = 0; i < CJK_UNIFIED.length; i += 2) if (cp >= CJK_UNIFIED[i] && cp <= CJK_UNIFIED[i + 1]) return true;
  return false;
}

interface NameData {
  byCode: Map<number, string>;
  /** Upper-cased name, alias or named sequence -> its text. */
  byName: Map<string, string>;
}

let data: NameData | null = null;

function load(): NameData {
  const byCode = new Map<number, string>();
  const byName = new Map<string, string>();
  let section = 'names';
  let prev = '';
  let cp = -1;
  for (const line of readDataLines('names.txt')) {
    if (line.startsWith('@')) {
      section = line.slice(1);
      continue;
    }
    if (section === 'names') {
      const a = line.indexOf(';');
      const b = line.indexOf(';', a + 1);
      cp = a === 0 ? cp + 1 : parseInt(line.slice(0, a), 16);
      const name = prev.slice(0, b === a + 1 ? 0 : Number(line.slice(a + 1, b))) + line.slice(b + 1);
      byCode.set(cp, name);
      byName.set(name, String.fromCodePoint(cp));
      prev = name;
    } else {
      const [name, cps] = line.split(';');
      byName.set(name, String.fromCodePoint(...cps.split(' ').map((h) => parseInt(h, 16))));
    }
  }
  return { byCode, byName };
}

/** The character's name, or undefined when it has none (controls, unassigned...). */
export function charName(cp: number): string | undefined {
  if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
    const s = cp - HANGUL_FIRST;
    return HANGUL_PREFIX + JAMO_L[Math.floor(s / 588)] + JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  if (isCjkUnified(cp)) return CJK_PREFIX + cp.toString(16).toUpperCase();
  if (ucdCategory(cp) === 'Cn') return undefined;
  return (data ??= load()).byCode.get(cp);
}

/** The longest of `names` that `s` has at `at` ('' when none, as the empty jamo). */
function longestJamo(s: string, at: number, names: readonly string[]): number {
  let best = -1;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (s.startsWith(n, at) && (best < 0 || n.length > names[best].length)) best = i;
  }
  return best;
}

function hangulByName(rest: string): string | undefined {
  const l = longestJamo(rest, 0, JAMO_L);
  if (l < 0) return undefined;
  let at = JAMO_L[l].length;
  const v = longestJamo(rest, at, JAMO_V);
  if (v < 0) return undefined;
  at += JAMO_V[v].length;
  const t = longestJamo(rest, at, JAMO_T);
  if (t < 0 || at + JAMO_T[t].length !== rest.length) return undefined;
  return String.fromCodePoint(HANGUL_FIRST + (l * 21 + v) * 28 + t);
}

/**
 * The text a name stands for (a character, or several for a named sequence), or undefined.
 * Stored names and aliases match in any case; the names made by rule only in capitals, as
 * in CPython. `sequences` is false for "\N{...}", which takes no named sequence.
 */
export function lookupName(name: string, sequences = true): string | undefined {
  if (name.startsWith(HANGUL_PREFIX)) {
    const ch = hangulByName(name.slice(HANGUL_PREFIX.length));
    if (ch !== undefined) return ch;
  }
  if (name.startsWith(CJK_PREFIX)) {
    const hex = name.slice(CJK_PREFIX.length);
    if (/^[0-9A-F]{4,5}$/.test(hex) && isCjkUnified(parseInt(hex, 16))) return String.fromCodePoint(parseInt(hex, 16));
  }
  const text = (data ??= load()).byName.get(name.replace(/[a-z]+/g, (w) => w.toUpperCase()));
  if (text === undefined || (!sequences && Array.from(text).length > 1)) return undefined;
  return text;
}
