// A compiled Python pattern running on JavaScript RegExps: search/match/fullmatch from a
// position, the "must advance" rule of repeated searches, and code point <-> UTF-16 indices.

import { translatePattern, Translation } from './translate.js';
import { SreMatcher } from './sre_matcher.js';

/**
 * The string a pattern runs on. Python reports positions in code points, JavaScript in
 * UTF-16 units; the maps are only built when the text has characters outside the BMP.
 * A bytes subject is a string with one char per byte.
 */
export class Subject {
  readonly length: number;
  private unitOf: Int32Array | null = null;
  private cpOf: Int32Array | null = null;
  private codes: Int32Array | null = null;

  constructor(readonly text: string) {
    if (!/[\ud800-\udfff]/.test(text)) {
      this.length = text.length;
      return;
    }
    const unitOf: number[] = [];
    const cpOf = new Int32Array(text.length + 1);
    let cp = 0;
    for (let u = 0; u < text.length; cp++) {
      unitOf.push(u);
      cpOf[u] = cp;
      const wide = text.codePointAt(u)! > 0xffff;
      if (wide) cpOf[u + 1] = cp;
      u += wide ? 2 : 1;
    }
    unitOf.push(text.length);
    cpOf[text.length] = cp;
    this.length = cp;
    this.unitOf = Int32Array.from(unitOf);
    this.cpOf = cpOf;
  }

  unit(cp: number): number {
    return this.unitOf === null ? cp : this.unitOf[cp];
  }

  cp(unit: number): number {
    return this.cpOf === null ? unit : this.cpOf[unit];
  }

  /** The code points of the text (for the sre matcher), computed once. */
  codePoints(): Int32Array {
    if (this.codes === null) {
      const out = new Int32Array(this.length);
      const text = this.text;
      if (this.unitOf === null) for (let k = 0; k < out.length; k++) out[k] = text.charCodeAt(k);
      else for (let k = 0; k < out.length; k++) out[k] = text.codePointAt(this.unitOf[k])!;
      this.codes = out;
    }
    return this.codes;
  }

  /** The text between two code point positions. */
  slice(start: number, end: number): string {
    return this.text.slice(this.unit(start), this.unit(end));
  }
}

/** Where a match and each group lie, in code points: spans[2*g], spans[2*g+1], -1 when the group did not take part.
 *  From the sre matcher, one more item: the lastindex sre reports (-1 for none). */
export type Spans = number[];

export enum Anchor { Search, Match, Full }

export class Engine {
  readonly t: Translation;
  private readonly scan!: RegExp;
  private readonly sticky!: RegExp;
  private readonly full!: RegExp;
  private stickyNonEmpty: RegExp | null = null;
  /** For the patterns a RegExp would run with other results than sre (see nodes.ts). */
  private readonly sre: SreMatcher | null = null;

  constructor(readonly source: string, flags: number, readonly isBytes: boolean) {
    this.t = translatePattern(source, flags, isBytes);
    if (this.t.needsSre) {
      this.sre = new SreMatcher(this.t.node, this.t.groups);
      return;
    }
    this.scan = new RegExp(this.t.source, 'dvg');
    this.sticky = new RegExp(this.t.source, 'dvy');
    this.full = new RegExp(`(?:${this.t.source})(?![\\s\\S])`, 'dvy');
  }

  /**
   * A sticky RegExp that refuses an empty match at its start. Its first group captures the
   * rest of the text from the start; `(?!\1$)` at the end fails exactly when nothing was consumed.
   */
  private nonEmpty(): RegExp {
    if (this.stickyNonEmpty === null) {
      const shifted = translatePattern(this.source, this.t.flags, this.isBytes, 1);
      this.stickyNonEmpty = new RegExp(`(?=([\\s\\S]*))(?:${shifted.source})(?!\\1(?![\\s\\S]))`, this.sticky.flags);
    }
    return this.stickyNonEmpty;
  }

  private run(re: RegExp, text: string, at: number, skipGroups: number, s: Subject): Spans | null {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) return null;
    const ind = m.indices!;
    const spans: Spans = [s.cp(ind[0][0]), s.cp(ind[0][1])];
    const jsIndex = this.t.jsIndex;
    for (let g = 1; g <= this.t.groups; g++) {
      const span = ind[jsIndex[g] + skipGroups];
      if (span === undefined) spans.push(-1, -1);
      else spans.push(s.cp(span[0]), s.cp(span[1]));
    }
    return spans;
  }

  /**
   * One match attempt over s[pos:endpos] (positions in code points). With `mustAdvance`, an
   * empty match at `pos` does not count (how repeated searches step over empty matches).
   */
  exec(s: Subject, pos: number, endpos: number, anchor: Anchor, mustAdvance = false): Spans | null {
    if (pos > endpos) return null;
    if (this.sre !== null) return this.sre.exec(s.codePoints(), pos, endpos, anchor === Anchor.Search, anchor === Anchor.Full, mustAdvance);
    const text = endpos < s.length ? s.text.slice(0, s.unit(endpos)) : s.text;
    const at = s.unit(pos);
    if (anchor === Anchor.Full) return this.run(this.full, text, at, 0, s);
    if (anchor === Anchor.Match) {
      if (!mustAdvance) return this.run(this.sticky, text, at, 0, s);
      return this.t.emptyIsLastResort ? null : this.run(this.nonEmpty(), text, at, 1, s);
    }
    if (mustAdvance) {
      // Most patterns cannot match non-empty where their first choice was empty (x*, \b, ^):
      // then the costly attempt, linear in the rest of the text, is skipped.
      if (!this.t.emptyIsLastResort) {
        const here = this.run(this.nonEmpty(), text, at, 1, s);
        if (here !== null) return here;
      }
      if (pos + 1 > endpos) return null;
      return this.run(this.scan, text, s.unit(pos + 1), 0, s);
    }
    return this.run(this.scan, text, at, 0, s);
  }

  /** Every match from pos to endpos, as finditer, sub and split see them. */
  *iterate(s: Subject, pos: number, endpos: number): Generator<Spans> {
    let mustAdvance = false;
    while (pos <= endpos) {
      const m = this.exec(s, pos, endpos, Anchor.Search, mustAdvance);
      if (m === null) return;
      yield m;
      mustAdvance = m[1] === m[0];
      pos = m[1];
    }
  }

  /** The group whose match closed last (Match.lastindex), or 0. */
  lastIndex(spans: Spans): number {
    if (spans.length > 2 * (this.t.groups + 1)) return Math.max(0, spans[spans.length - 1]);
    let best = 0;
    for (let g = 1; g <= this.t.groups; g++) {
      const end = spans[2 * g + 1];
      if (end < 0) continue;
      if (best === 0) {
        best = g;
        continue;
      }
      const bestEnd = spans[2 * best + 1];
      // Of two groups ending at the same place, an enclosing group closes after the one inside it.
      if (end > bestEnd || (end === bestEnd && !this.encloses(best, g))) best = g;
    }
    return best;
  }

  private encloses(outer: number, inner: number): boolean {
    for (let p = this.t.parent[inner]; p !== 0; p = this.t.parent[p]) if (p === outer) return true;
    return false;
  }
}
