// A backtracking matcher with sre's semantics, for the patterns a JavaScript RegExp would run
// differently (nodes.ts, needsSre): a back-reference to a group that did not take part fails;
// a group keeps the value of the last iteration that set it; a repetition stops after an empty
// iteration (sre's MAX_UNTIL / MIN_UNTIL); conditional groups; back-references ignoring case
// compare lowercase forms.
//
// The parsed pattern is compiled to a small program run by one loop with an explicit stack of
// choice points, so a long subject never deepens the JavaScript stack. Every change to a capture
// or a repetition counter is logged on a trail; going back to a choice point undoes the changes
// made since, as sre's MARK_PUSH/MARK_POP and LASTMARK_SAVE/RESTORE do. Look-arounds and atomic
// groups run their body as a nested run that keeps no choice points once it has succeeded.
//
// Positions are code point indices into the subject (for bytes, byte indices).

import type { Node, AtKind } from './nodes.js';

const enum Op {
  Char, Lit, Split, Jump, Save, At, Backref, Cond, Look, Atomic, Repeat, Until, Star, SubEnd, Match,
}

/** One character: tested against a RegExp once per code point, remembered. */
class CharTest {
  private readonly ascii = new Uint8Array(128); // 0 unknown, 1 yes, 2 no
  private readonly other = new Map<number, boolean>();
  private readonly re: RegExp;
  constructor(source: string) {
    this.re = new RegExp(`^(?:${source})$`, 'v');
  }

  test(cp: number): boolean {
    if (cp < 128) {
      const k = this.ascii[cp];
      if (k !== 0) return k === 1;
      const r = this.re.test(String.fromCharCode(cp));
      this.ascii[cp] = r ? 1 : 2;
      return r;
    }
    let r = this.other.get(cp);
    if (r === undefined) {
      r = this.re.test(String.fromCodePoint(cp));
      this.other.set(cp, r);
    }
    return r;
  }
}

const testCache = new Map<string, CharTest>();
function charTest(source: string): CharTest {
  let t = testCache.get(source);
  if (t === undefined) testCache.set(source, (t = new CharTest(source)));
  return t;
}

/** The code point a char source stands for when it is a single literal, else -1. */
function literalOf(source: string): number {
  if (/^[0-9A-Za-z]$/.test(source)) return source.charCodeAt(0);
  const m = /^\\u\{([0-9a-f]+)\}$/.exec(source);
  return m === null ? -1 : parseInt(m[1], 16);
}

interface Instr {
  op: Op;
  /** Char/Star: the character test; Lit: the code point in `n`. */
  test?: CharTest;
  n: number;
  /** Jump/Split/Cond/Repeat targets. */
  a: number;
  b: number;
  /** Repeat/Star bounds. */
  min: number;
  max: number;
  lazy: boolean;
  /** Look: look-behind width, negation. */
  behind: boolean;
  negate: boolean;
  at?: AtKind;
  word?: CharTest;
  ignoreCase: boolean;
  asciiCase: boolean;
}

/** Every instruction has every field, in one order: one object shape keeps the run loop's property reads fast. */
const instr = (op: Op, fields: Partial<Instr> = {}): Instr => {
  const i: Instr = {
    op, test: undefined, n: 0, a: 0, b: 0, min: 0, max: 0, lazy: false, behind: false, negate: false, at: undefined, word: undefined,
    ignoreCase: false, asciiCase: false,
  };
  return Object.assign(i, fields);
};

/**
 * The characters a match can start with, when that is known: a search skips the other
 * positions without starting a run there. null: any position may start a match.
 */
function firstChars(n: Node): CharTest[] | null {
  switch (n.k) {
    case 'char': return [charTest(n.source)];
    case 'group': case 'atomic': return firstChars(n.body);
    case 'repeat': return n.min > 0 ? firstChars(n.body) : null;
    case 'alt': {
      const all: CharTest[] = [];
      for (const b of n.branches) {
        const f = firstChars(b);
        if (f === null) return null;
        all.push(...f);
      }
      return all;
    }
    case 'seq':
      for (const item of n.items) {
        // Zero-width tests consume nothing: the first character comes from what follows.
        if (item.k === 'at' || item.k === 'look') continue;
        return consumes(item) ? firstChars(item) : null;
      }
      return null;
    default: return null;
  }
}

/** Whether every match of `n` consumes at least one character (conservative). */
function consumes(n: Node): boolean {
  switch (n.k) {
    case 'char': return true;
    case 'group': case 'atomic': return consumes(n.body);
    case 'repeat': return n.min > 0 && consumes(n.body);
    case 'alt': return n.branches.every(consumes);
    case 'seq': return n.items.some(consumes);
    default: return false;
  }
}

class Compiler {
  readonly code: Instr[] = [];
  repeats = 0;

  emit(i: Instr): number {
    this.code.push(i);
    return this.code.length - 1;
  }

  /** A body run on its own (look-around, atomic group): its code, ending in SubEnd, after a jump over it. */
  sub(body: Node): number {
    const skip = this.emit(instr(Op.Jump));
    const start = this.code.length;
    this.node(body);
    this.emit(instr(Op.SubEnd));
    this.code[skip].a = this.code.length;
    return start;
  }

  node(n: Node): void {
    switch (n.k) {
      case 'empty':
        return;
      case 'char': {
        const cp = literalOf(n.source);
        this.emit(cp >= 0 ? instr(Op.Lit, { n: cp }) : instr(Op.Char, { test: charTest(n.source) }));
        return;
      }
      case 'seq':
        for (const item of n.items) this.node(item);
        return;
      case 'alt': {
        // Split(this branch, next branch) ... Jump(end) for each branch but the last.
        const jumps: number[] = [];
        n.branches.forEach((b, k) => {
          if (k < n.branches.length - 1) {
            const split = this.emit(instr(Op.Split));
            this.code[split].a = split + 1;
            this.node(b);
            jumps.push(this.emit(instr(Op.Jump)));
            this.code[split].b = this.code.length;
          } else this.node(b);
        });
        for (const j of jumps) this.code[j].a = this.code.length;
        return;
      }
      case 'group':
        this.emit(instr(Op.Save, { n: 2 * n.index }));
        this.node(n.body);
        this.emit(instr(Op.Save, { n: 2 * n.index + 1 }));
        return;
      case 'repeat': {
        if (n.body.k === 'char') {
          this.emit(instr(Op.Star, { test: charTest(n.body.source), min: n.min, max: n.max, lazy: n.lazy }));
          return;
        }
        const r = this.repeats++;
        const rep = this.emit(instr(Op.Repeat, { n: r, min: n.min, max: n.max, lazy: n.lazy }));
        this.code[rep].a = rep + 1;
        this.node(n.body);
        this.emit(instr(Op.Until, { n: r, a: rep }));
        this.code[rep].b = this.code.length;
        return;
      }
      case 'atomic': {
        const start = this.sub(n.body);
        this.emit(instr(Op.Atomic, { a: start }));
        return;
      }
      case 'look': {
        const start = this.sub(n.body);
        this.emit(instr(Op.Look, { a: start, n: n.width, behind: n.behind, negate: n.negate }));
        return;
      }
      case 'backref':
        this.emit(instr(Op.Backref, { n: n.group, ignoreCase: n.ignoreCase, asciiCase: n.asciiCase }));
        return;
      case 'cond': {
        const cond = this.emit(instr(Op.Cond, { n: n.group }));
        this.code[cond].a = cond + 1;
        this.node(n.yes);
        const jump = this.emit(instr(Op.Jump));
        this.code[cond].b = this.code.length;
        this.node(n.no);
        this.code[jump].a = this.code.length;
        return;
      }
      case 'at':
        this.emit(instr(Op.At, { at: n.at, word: n.word === '' ? undefined : charTest(`[${n.word}]`) }));
        return;
    }
  }
}

/** Choice point kinds. */
const enum Alt { Goto, StarBack, StarMore, LazyRepeat }

/** sre's lowercase for comparing a back-reference ignoring case. */
const lowerCache = new Map<number, number>();
function lower(cp: number, ascii: boolean): number {
  if (ascii) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  if (cp < 128) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  let l = lowerCache.get(cp);
  if (l === undefined) {
    const chars = [...String.fromCodePoint(cp).toLowerCase()];
    // İ's full lowercase is two characters; its simple one (what sre uses) is i.
    l = cp === 0x130 ? 0x69 : chars.length === 1 ? chars[0].codePointAt(0)! : cp;
    lowerCache.set(cp, l);
  }
  return l;
}

const NO_TEXT = new Int32Array(0);

export class SreMatcher {
  private readonly code: Instr[];
  private readonly nSlots: number;
  private readonly nRepeats: number;
  private readonly first: CharTest[] | null;
  // match state
  private cps: Int32Array = NO_TEXT;
  private end = 0;
  private caps: Int32Array;
  private lastIndex = -1;
  private count: Int32Array;
  private last: Int32Array;
  // The trail: what to restore (slot >= 0: a capture; -1: lastindex; -2-2r: count[r]; -3-2r: last[r]).
  // The stacks only grow; a top index says how much is in use (truncating an array frees its storage).
  private readonly trailSlot: number[] = [];
  private readonly trailOld: number[] = [];
  private trailTop = 0;
  // choice points
  private chTop = 0;
  private readonly chKind: number[] = [];
  private readonly chPc: number[] = [];
  private readonly chPos: number[] = [];
  private readonly chBound: number[] = [];
  private readonly chTrail: number[] = [];

  constructor(root: Node, readonly groups: number) {
    const c = new Compiler();
    c.node(root);
    c.emit(instr(Op.Match));
    this.code = c.code;
    this.nSlots = 2 * (groups + 1);
    this.nRepeats = c.repeats;
    this.first = consumes(root) ? firstChars(root) : null;
    this.caps = new Int32Array(this.nSlots);
    this.count = new Int32Array(this.nRepeats);
    this.last = new Int32Array(this.nRepeats);
  }

  /**
   * One attempt at `start` (match) or from `start` on (search), in cps[0:end]. `full`: the
   * match must end at `end`; `mustAdvance`: an empty match at `start` does not count.
   * Returns the spans of the match and its groups, then sre's lastindex (-1 for none).
   */
  exec(cps: Int32Array, start: number, end: number, search: boolean, full: boolean, mustAdvance: boolean): number[] | null {
    this.cps = cps;
    this.end = end;
    const first = search ? this.first : null;
    for (let at = start; at <= end; at++) {
      if (first !== null) {
        while (at < end && !first.some((t) => t.test(cps[at]))) at++;
        if (at >= end) break;
      }
      this.caps.fill(-1);
      this.lastIndex = -1;
      this.trailTop = 0;
      this.chTop = 0;
      const stop = this.run(0, at, full, mustAdvance && at === start ? at : -1);
      if (stop >= 0) {
        const spans = [at, stop];
        for (let g = 1; g <= this.groups; g++) {
          const s = this.caps[2 * g];
          const e = this.caps[2 * g + 1];
          if (s < 0 || e < 0) spans.push(-1, -1);
          else spans.push(s, e);
        }
        spans.push(this.lastIndex);
        this.cps = NO_TEXT;
        return spans;
      }
      if (!search) break;
    }
    this.cps = NO_TEXT;
    return null;
  }

  private set(slot: number, value: number): void {
    const t = this.trailTop++;
    this.trailSlot[t] = slot;
    if (slot >= 0) {
      this.trailOld[t] = this.caps[slot];
      this.caps[slot] = value;
    } else if (slot === -1) {
      this.trailOld[t] = this.lastIndex;
      this.lastIndex = value;
    } else if ((-slot & 1) === 0) {
      const r = (-slot - 2) >> 1;
      this.trailOld[t] = this.count[r];
      this.count[r] = value;
    } else {
      const r = (-slot - 3) >> 1;
      this.trailOld[t] = this.last[r];
      this.last[r] = value;
    }
  }

  private undo(to: number): void {
    const slots = this.trailSlot;
    const olds = this.trailOld;
    for (let k = this.trailTop - 1; k >= to; k--) {
      const slot = slots[k];
      const old = olds[k];
      if (slot >= 0) this.caps[slot] = old;
      else if (slot === -1) this.lastIndex = old;
      else if ((-slot & 1) === 0) this.count[(-slot - 2) >> 1] = old;
      else this.last[(-slot - 3) >> 1] = old;
    }
    this.trailTop = to;
  }

  private push(kind: Alt, pc: number, pos: number, bound = 0): void {
    const t = this.chTop++;
    this.chKind[t] = kind;
    this.chPc[t] = pc;
    this.chPos[t] = pos;
    this.chBound[t] = bound;
    this.chTrail[t] = this.trailTop;
  }

  private isWord(test: CharTest, pos: number): boolean {
    return pos >= 0 && pos < this.end && test.test(this.cps[pos]);
  }

  private at(kind: AtKind, word: CharTest | undefined, pos: number): boolean {
    const cps = this.cps;
    const end = this.end;
    switch (kind) {
      case 'bos': return pos === 0;
      case 'bol': return pos === 0 || cps[pos - 1] === 10;
      case 'eol': return pos === end || (pos === end - 1 && cps[pos] === 10);
      case 'eolm': return pos === end || cps[pos] === 10;
      case 'eos': return pos === end;
      case 'boundary':
        return end > 0 && this.isWord(word!, pos - 1) !== this.isWord(word!, pos);
      case 'nonboundary':
        return end > 0 && this.isWord(word!, pos - 1) === this.isWord(word!, pos);
    }
  }

  /**
   * Runs from `pc` at `pos` until Match (the whole pattern) or SubEnd (a nested body);
   * returns where the match ended, or -1. `rejectEmptyAt` >= 0: a match ending there fails.
   * A nested run leaves the choice stack as it found it.
   */
  private run(pc: number, pos: number, full: boolean, rejectEmptyAt: number): number {
    const code = this.code;
    const cps = this.cps;
    const end = this.end;
    const base = this.chTop;
    const trailBase = this.trailTop;
    for (;;) {
      const ins = code[pc];
      let ok = true;
      switch (ins.op) {
        case Op.Lit:
          if (pos < end && cps[pos] === ins.n) {
            pos++;
            pc++;
          } else ok = false;
          break;
        case Op.Char:
          if (pos < end && ins.test!.test(cps[pos])) {
            pos++;
            pc++;
          } else ok = false;
          break;
        case Op.Split:
          this.push(Alt.Goto, ins.b, pos);
          pc = ins.a;
          break;
        case Op.Jump:
          pc = ins.a;
          break;
        case Op.Save:
          this.set(ins.n, pos);
          if (ins.n & 1) this.set(-1, ins.n >> 1);
          pc++;
          break;
        case Op.At:
          if (this.at(ins.at!, ins.word, pos)) pc++;
          else ok = false;
          break;
        case Op.Backref: {
          const s = this.caps[2 * ins.n];
          const e = this.caps[2 * ins.n + 1];
          if (s < 0 || e < 0 || e < s || pos + (e - s) > end) {
            ok = false;
            break;
          }
          for (let k = 0; k < e - s; k++) {
            const x = cps[s + k];
            const y = cps[pos + k];
            if (x !== y && (!ins.ignoreCase || lower(x, ins.asciiCase) !== lower(y, ins.asciiCase))) {
              ok = false;
              break;
            }
          }
          if (ok) {
            pos += e - s;
            pc++;
          }
          break;
        }
        case Op.Cond:
          pc = this.caps[2 * ins.n] >= 0 && this.caps[2 * ins.n + 1] >= 0 ? ins.a : ins.b;
          break;
        case Op.Look: {
          const from = ins.behind ? pos - ins.n : pos;
          const mark = this.trailTop;
          const found = from >= 0 && this.run(ins.a, from, false, -1) >= 0;
          if (found && ins.negate) this.undo(mark);
          if (found === ins.negate) ok = false;
          else pc++;
          break;
        }
        case Op.Atomic: {
          const stop = this.run(ins.a, pos, false, -1);
          if (stop < 0) ok = false;
          else {
            pos = stop;
            pc++;
          }
          break;
        }
        case Op.Repeat:
          this.set(-2 - 2 * ins.n, 0);
          this.set(-3 - 2 * ins.n, -1);
          pc = this.repeatStep(ins, pc, pos);
          break;
        case Op.Until: {
          const rep = code[ins.a];
          this.set(-2 - 2 * rep.n, this.count[rep.n] + 1);
          pc = this.repeatStep(rep, ins.a, pos);
          break;
        }
        case Op.Star: {
          const test = ins.test!;
          const start = pos;
          if (ins.lazy) {
            while (pos - start < ins.min && pos < end && test.test(cps[pos])) pos++;
            if (pos - start < ins.min) {
              ok = false;
              break;
            }
            if (pos - start < ins.max) this.push(Alt.StarMore, pc, pos, start + ins.max);
          } else {
            const limit = ins.max === Infinity ? end : Math.min(end, start + ins.max);
            while (pos < limit && test.test(cps[pos])) pos++;
            if (pos - start < ins.min) {
              ok = false;
              break;
            }
            if (pos > start + ins.min) this.push(Alt.StarBack, pc, pos - 1, start + ins.min);
          }
          pc++;
          break;
        }
        case Op.SubEnd:
          this.chTop = base;
          return pos;
        case Op.Match:
          if ((full && pos !== end) || pos === rejectEmptyAt) ok = false;
          else return pos;
          break;
      }
      if (ok) continue;
      // Back to the latest choice point of this run.
      for (;;) {
        const k = this.chTop - 1;
        if (k < base) {
          this.undo(trailBase);
          return -1;
        }
        this.undo(this.chTrail[k]);
        const kind = this.chKind[k];
        const cpc = this.chPc[k];
        const cpos = this.chPos[k];
        const bound = this.chBound[k];
        this.chTop = k;
        if (kind === Alt.Goto) {
          pc = cpc;
          pos = cpos;
          break;
        }
        if (kind === Alt.StarBack) {
          // One character fewer for a greedy single-character repeat.
          if (cpos > bound) this.push(Alt.StarBack, cpc, cpos - 1, bound);
          pc = cpc + 1;
          pos = cpos;
          break;
        }
        if (kind === Alt.StarMore) {
          // One character more for a lazy one.
          if (cpos < end && cpos < bound && code[cpc].test!.test(cps[cpos])) {
            if (cpos + 1 < bound) this.push(Alt.StarMore, cpc, cpos + 1, bound);
            pc = cpc + 1;
            pos = cpos + 1;
            break;
          }
          continue;
        }
        // Alt.LazyRepeat: the tail failed after a lazy repetition; one more iteration.
        const rep = code[cpc];
        this.set(-3 - 2 * rep.n, cpos);
        pc = rep.a;
        pos = cpos;
        break;
      }
    }
  }

  /**
   * Where to go after `count` iterations of a repetition, at `pos` (sre's MAX_UNTIL and
   * MIN_UNTIL): the body while under the minimum; else, unless the last iteration was empty or
   * the maximum is reached, the body before the tail (greedy) or after it (lazy).
   */
  private repeatStep(rep: Instr, repPc: number, pos: number): number {
    const r = rep.n;
    const count = this.count[r];
    if (count < rep.min) return rep.a;
    if (count >= rep.max || pos === this.last[r]) return rep.b;
    if (rep.lazy) {
      this.push(Alt.LazyRepeat, repPc, pos);
      return rep.b;
    }
    this.push(Alt.Goto, rep.b, pos);
    this.set(-3 - 2 * r, pos);
    return rep.a;
  }
}
