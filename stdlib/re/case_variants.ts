// The characters a pattern character stands for when IGNORECASE is on for only part of a
// pattern (`(?i:...)`, `(?-i:...)`) or for a bytes pattern.
//
// A whole str pattern under IGNORECASE is compiled with JavaScript's `i` flag, which matches
// two characters when their simple case foldings are equal. A flag scoped to a group cannot be
// expressed that way (Node 20's RegExp has no modifiers), so the translator spells each cased
// character out as a class of its variants; the variants here are exactly the characters the
// `i` flag would accept, so a scoped flag matches as a global one does. A bytes pattern folds
// ASCII letters only, as sre does (the `i` flag would also fold Latin-1 letters like b'\xe9').

const MAX_CODE_POINT_WITH_CASE = 0x1ffff;

/** For each code point, the code points whose one-character lower or upper case it is. */
let inverseCase: Map<number, number[]> | null = null;
const variantsCache = new Map<number, number[]>();

function singleCodePoint(s: string): number | null {
  const cp = s.codePointAt(0)!;
  return s.length === (cp > 0xffff ? 2 : 1) ? cp : null;
}

function caseMappings(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out: number[] = [];
  for (const mapped of [ch.toLowerCase(), ch.toUpperCase()]) {
    const m = singleCodePoint(mapped);
    if (m !== null && m !== cp) out.push(m);
  }
  return out;
}

/** A string of every code point from 0 to max but the surrogates, built in chunks (fast). */
function codePointsUpTo(max: number): string {
  const parts: string[] = [];
  const units = new Uint16Array(0x2000);
  for (let base = 0; base <= max; base += 0x1000) {
    let n = 0;
    for (let cp = base; cp < base + 0x1000 && cp <= max; cp++) {
      if (cp < 0x10000) {
        if (cp < 0xd800 || cp > 0xdfff) units[n++] = cp;
      } else {
        units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      }
    }
    parts.push(String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]));
  }
  return parts.join('');
}

function inverse(): Map<number, number[]> {
  if (inverseCase === null) {
    inverseCase = new Map();
    // Only characters that change under some case mapping can have one: the RegExp engine
    // picks them out of the whole range far faster than asking each one.
    const everyCodePoint = codePointsUpTo(MAX_CODE_POINT_WITH_CASE);
    for (const found of everyCodePoint.matchAll(new RegExp('\\p{Changes_When_Casemapped}', 'gv'))) {
      const cp = found[0].codePointAt(0)!;
      for (const m of caseMappings(cp)) {
        const list = inverseCase.get(m);
        if (list === undefined) inverseCase.set(m, [cp]);
        else list.push(cp);
      }
    }
  }
  return inverseCase;
}

/** Every character a str pattern's `cp` matches case-insensitively, cp first, in code point order after it. */
export function strCaseVariants(cp: number): number[] {
  const cached = variantsCache.get(cp);
  if (cached !== undefined) return cached;
  let result = [cp];
  if (cp <= MAX_CODE_POINT_WITH_CASE && (caseMappings(cp).length > 0 || inverse().has(cp))) {
    // Everything reachable through case mappings either way is a candidate; the `i` flag decides.
    const seen = new Set([cp]);
    const todo = [cp];
    const inv = inverse();
    while (todo.length > 0) {
      const c = todo.pop()!;
      for (const n of [...caseMappings(c), ...(inv.get(c) ?? [])]) {
        if (!seen.has(n)) {
          seen.add(n);
          todo.push(n);
        }
      }
    }
    const same = new RegExp(`^\\u{${cp.toString(16)}}$`, 'iv');
    const others = [...seen].filter((c) => c !== cp && same.test(String.fromCodePoint(c))).sort((a, b) => a - b);
    result = [cp, ...others];
  }
  variantsCache.set(cp, result);
  return result;
}

/** A bytes pattern's `b` under IGNORECASE: the other case of an ASCII letter. */
export function bytesCaseVariants(b: number): number[] {
  if (b >= 0x41 && b <= 0x5a) return [b, b + 0x20];
  if (b >= 0x61 && b <= 0x7a) return [b, b - 0x20];
  return [b];
}
