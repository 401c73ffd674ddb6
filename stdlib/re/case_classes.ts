// Case-insensitive matching spelled out as character classes, for patterns whose IGNORECASE
// changes inside them ((?i:...), (?-i:...)): a JavaScript RegExp takes the `i` flag for the
// whole pattern or not at all.
//
// sre treats two characters as equal under IGNORECASE when their lowercase forms are equal, plus
// a list of equivalences such as i/ı, s/ſ, µ/μ, k/K (Kelvin sign). Joining every character with
// its one-character lowercase and uppercase forms gives those same classes.

/** Code point -> the sorted members of its class (only for characters that have a case). */
let classes: Map<number, number[]> | null = null;
/** Every character that has a case, ascending. */
let cased: number[] = [];

/** Blocks without any cased character, skipped when the table is built. */
const CASELESS: [number, number][] = [[0x3400, 0x9fff], [0xac00, 0xdfff], [0xe000, 0xf8ff]];
const LAST_CASED_BLOCK_END = 0x1f000;

function build(): Map<number, number[]> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    for (let p = parent.get(x)!; p !== x; p = parent.get(x)!) x = p;
    return x;
  };
  const join = (a: number, b: number) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  let skip = 0;
  for (let cp = 0; cp < LAST_CASED_BLOCK_END; cp++) {
    if (skip < CASELESS.length && cp === CASELESS[skip][0]) {
      cp = CASELESS[skip++][1];
      continue;
    }
    const s = String.fromCodePoint(cp);
    for (const t of [s.toLowerCase(), s.toUpperCase()]) {
      if (t === s) continue;
      const other = t.codePointAt(0)!;
      if (t.length === (other > 0xffff ? 2 : 1)) join(cp, other);
    }
  }
  // İ's simple lowercase is i (its full one, which JavaScript gives, is two characters); sre also
  // joins characters whose uppercase forms are the same several characters (ΐ ΐ, ΰ ΰ, ﬅ ﬆ).
  for (const [a, b] of [[0x130, 0x69], [0x390, 0x1fd3], [0x3b0, 0x1fe3], [0xfb05, 0xfb06]]) join(a, b);
  const members = new Map<number, number[]>();
  for (const cp of parent.keys()) {
    const root = find(cp);
    let list = members.get(root);
    if (list === undefined) members.set(root, (list = []));
    list.push(cp);
  }
  const table = new Map<number, number[]>();
  for (const list of members.values()) {
    list.sort((a, b) => a - b);
    for (const cp of list) table.set(cp, list);
  }
  cased = [...table.keys()].sort((a, b) => a - b);
  return table;
}

/** The non-ASCII members of ASCII letters' classes: İ ı, K (Kelvin sign), ſ. */
const ASCII_EXTRAS: Record<number, number[]> = { 0x69: [0x130, 0x131], 0x6b: [0x212a], 0x73: [0x17f] };

const isAsciiLetter = (cp: number) => (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);

/** The characters equal to `cp` ignoring case (`cp` itself included); ASCII letters only under re.ASCII and for bytes. */
export function caseVariants(cp: number, asciiOnly: boolean): number[] {
  if (asciiOnly || (cp < 0x80 && classes === null)) {
    if (!isAsciiLetter(cp)) return [cp];
    const pair = [cp & ~0x20, cp | 0x20];
    // Without the table: the non-ASCII letters whose case joins an ASCII one.
    return asciiOnly ? pair : pair.concat(ASCII_EXTRAS[cp | 0x20] ?? []);
  }
  if (classes === null) classes = build();
  return classes.get(cp) ?? [cp];
}

/** The characters in lo..hi that have another case (whose variants a range must add). */
export function casedInRange(lo: number, hi: number, asciiOnly: boolean): number[] {
  const out: number[] = [];
  if (asciiOnly || (hi < 0x80 && classes === null)) {
    for (let cp = Math.max(lo, 0x41); cp <= Math.min(hi, 0x7a); cp++) if (isAsciiLetter(cp)) out.push(cp);
    return out;
  }
  if (classes === null) classes = build();
  // binary search for the first cased character >= lo
  let a = 0;
  let b = cased.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (cased[m] < lo) a = m + 1;
    else b = m;
  }
  for (let k = a; k < cased.length && cased[k] <= hi; k++) out.push(cased[k]);
  return out;
}
