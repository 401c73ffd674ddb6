// Python regular-expression syntax (sre_parse's grammar) translated to the source of a
// JavaScript RegExp with the `v` flag, with CPython's error messages for malformed patterns.
//
// Everything whose meaning differs between the two dialects is spelled out explicitly
// rather than left to JavaScript: `.`, `^`, `$`, `\A`, `\Z`, `\b`, `\d`, `\s`, `\w`
// become classes and lookarounds with Python's definitions, and every literal that is not
// an ASCII letter or digit is emitted as `\u{..}`, which means the same in and out of
// classes. What cannot be expressed in a JavaScript RegExp raises a clear error.

export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

import { lookupName } from '../../vm/unicode/names.js';
import { casedInRange, caseVariants } from './case_classes.js';
import { EMPTY, needsSre, seqNode, type AtKind, type Node } from './nodes.js';

/**
 * A warning CPython's parser gives, in the order it gives them: a condition's group number not
 * written in ASCII digits (DeprecationWarning `bad character in group name`), or a class CPython
 * says may one day read as a nested set or a set operation (FutureWarning, `message`).
 */
export type ParseWarning = { name: string; pos: number } | { future: string };

/** A malformed pattern: becomes re.error(msg, pattern, pos). */
export class RegexSyntaxError extends Error {
  /** The warnings due before the error (CPython warns while it parses). */
  parseWarnings: ParseWarning[] = [];
  constructor(readonly msg: string, readonly pos: number | null) {
    super(msg);
  }
}

/** Inline flags at the start that contradict each other: a ValueError, as those passed to compile. */
export class RegexFlagsError extends Error {}

/** A repeat count of MAXREPEAT (2**32 - 1) or more: an OverflowError. */
export class RegexOverflow extends Error {}
const MAXREPEAT = 4294967295;

/** Valid Python, but beyond what tpy's translation to a JavaScript RegExp can do. */
export class RegexUnsupported extends Error {}

/** Hidden groups get ids above every possible user group number. */
const HIDDEN_GROUP_BASE = 1 << 30;

/**
 * A back-reference in the emitted source, by group id, resolved once every group's JavaScript
 * number is known (a possessive quantifier adds a hidden group before groups already emitted).
 * \x01 and \x02 never occur otherwise: `lit` escapes every control character.
 */
const refMarker = (id: number) => `\x01${id}\x02`;

export interface Translation {
  /** The JavaScript source; the leading group `skipGroups` groups are tpy's own. */
  source: string;
  /** The global flags (those passed plus inline ones at the start), with UNICODE added for str patterns. */
  flags: number;
  groups: number;
  groupIndex: Map<string, number>;
  /** For each group (1-based index), its enclosing group, 0 at top level: decides `lastindex`. */
  parent: number[];
  /** After an empty match at p, no non-empty match can start at p (see Width). */
  emptyIsLastResort: boolean;
  /** For each group (1-based index), the number of its JavaScript group, not counting `groupOffset`
   *  (tpy's own hidden groups, which emulate atomic groups, sit between the user's). */
  jsIndex: number[];
  /** The parsed pattern, for the sre matcher. */
  node: Node;
  /** Whether a JavaScript RegExp would give other results than sre (see nodes.ts): run on the sre matcher. */
  needsSre: boolean;
  /** The warnings CPython's parser gives for the pattern (ParseWarning). */
  parseWarnings: ParseWarning[];
}

const FLAG_LETTERS: Record<string, number> = {
  a: FLAG_ASCII, i: FLAG_IGNORECASE, L: FLAG_LOCALE, m: FLAG_MULTILINE, s: FLAG_DOTALL, u: FLAG_UNICODE, x: FLAG_VERBOSE,
};

const WHITESPACE = ' \t\n\r\x0b\x0c';
const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** str.isspace's characters: what `\s` means for str patterns. */
const UNICODE_SPACE = '\\t\\n\\u{b}\\u{c}\\r\\u{1c}-\\u{1f}\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
const ASCII_SPACE = '\\t\\n\\u{b}\\u{c}\\r\\u{20}';

interface Scope {
  flags: number;
}

/**
 * What a piece of pattern can match at a position, for the one question the engine asks:
 * after an empty match at p, can a non-empty match start at p too (sre's "must advance")?
 * `emptyLast` means that in the piece's backtracking order every non-empty way of matching
 * comes before every empty one; for the whole pattern, it lets the engine skip that costly
 * second attempt. Approximate only in the safe direction (false when unsure).
 * `min` and `max` bound the length of a match (max Infinity when unbounded): a look-behind
 * must have min === max, as sre requires.
 */
interface Width {
  canEmpty: boolean;
  canNonEmpty: boolean;
  emptyLast: boolean;
  min: number;
  max: number;
}

const CHAR: Width = { canEmpty: false, canNonEmpty: true, emptyLast: true, min: 1, max: 1 };
const ZERO: Width = { canEmpty: true, canNonEmpty: false, emptyLast: true, min: 0, max: 0 };

interface Piece {
  source: string;
  repeatable: boolean;
  width: Width;
  node: Node;
}

/** A piece that is one character, given by its RegExp source. */
const charPiece = (source: string): Piece => ({ source, repeatable: true, width: CHAR, node: { k: 'char', source } });

/** A zero-width test. */
const atPiece = (source: string, at: AtKind, word = ''): Piece => ({ source, repeatable: false, width: ZERO, node: { k: 'at', at, word } });

/** A sequence: empty when all parts are; non-empty-first when each part is (there are no back-references). */
function sequenceWidth(parts: Width[]): Width {
  return {
    canEmpty: parts.every((w) => w.canEmpty),
    canNonEmpty: parts.some((w) => w.canNonEmpty),
    emptyLast: parts.every((w) => w.emptyLast),
    min: parts.reduce((n, w) => n + w.min, 0),
    max: parts.reduce((n, w) => n + w.max, 0),
  };
}

/** Alternatives are tried in order: an empty way of an early branch precedes every way of the later ones. */
function alternationWidth(branches: Width[]): Width {
  let emptyLast = branches.every((w) => w.emptyLast);
  let emptySeen = false;
  for (const w of branches) {
    if (emptySeen && w.canNonEmpty) emptyLast = false;
    if (w.canEmpty) emptySeen = true;
  }
  return {
    canEmpty: branches.some((w) => w.canEmpty),
    canNonEmpty: branches.some((w) => w.canNonEmpty),
    emptyLast,
    min: Math.min(...branches.map((w) => w.min)),
    max: Math.max(...branches.map((w) => w.max)),
  };
}

/** X{min,max} (max null: unbounded), greedy or lazy. */
function repeatWidth(x: Width, min: number, max: number | null, lazy: boolean): Width {
  const canNonEmpty = x.canNonEmpty && max !== 0;
  const canEmpty = min === 0 || x.canEmpty || max === 0;
  let emptyLast: boolean;
  if (!canEmpty || !canNonEmpty) emptyLast = true;
  else if (x.canEmpty) emptyLast = false; // an iteration may itself be empty: give up
  else emptyLast = !lazy && x.emptyLast; // greedy: iterations first, zero iterations last
  // 0 * Infinity is NaN: an item of length 0 repeated without bound still matches nothing.
  const maxLength = x.max === 0 || max === 0 ? 0 : max === null ? Infinity : x.max * max;
  return { canEmpty, canNonEmpty, emptyLast, min: x.min * min, max: maxLength };
}

/** A code point as a RegExp literal valid in and out of classes under the `v` flag. */
function lit(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCodePoint(cp);
  return `\\u{${cp.toString(16)}}`;
}

/**
 * A class of every character but those of `content` (class syntax). Not `[^...]`: under the `v`
 * flag, Node 20's V8 takes a negated class inside a repeated group for the class itself
 * (`/(?:[^x]b)+/v` finds 'xb' in 'abcbxb'); a set difference means the same and is matched right.
 */
const notIn = (content: string) => `[[\\s\\S]--[${content}]]`;

/** The characters that, doubled in a class, may one day be set operations (`[a--b]`, `[a&&b]`). */
const SET_OPERATORS = '-&~|';

/** Whether `c` is one of the characters of `set` (false at the end of the pattern). */
const isIn = (set: string, c: string | undefined) => c !== undefined && c.length === 1 && set.includes(c);

/** What int(s) gives for a decimal string (spaces, sign, underscores, any Unicode decimal digits), or null. */
function pythonInt(s: string): number | null {
  const m = /^[\s]*([+-]?)(\p{Nd}+(?:_\p{Nd}+)*)[\s]*$/u.exec(s);
  if (m === null) return null;
  let v = 0;
  for (const c of m[2]) {
    if (c === '_') continue;
    // Decimal digits come in runs of ten from zero: a digit's value is its place in its run.
    let cp = c.codePointAt(0)!;
    let d = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      cp--;
      d++;
    }
    v = v * 10 + (d % 10);
  }
  return m[1] === '-' ? -v : v;
}

const isIdentifier = (s: string) => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);

class Translator {
  private pos = 0;
  private groups = 0;
  /** A back-reference makes a piece's matches depend on earlier captures: Width gives up. */
  private hasBackref = false;
  private readonly groupIndex = new Map<string, number>();
  private readonly parent: number[] = [0];
  /** The match lengths of each closed group, for a back-reference inside a look-behind. */
  private readonly groupWidths: Width[] = [];
  private readonly openGroups: number[] = [];
  /** The ids of every capturing group, user's (its number) and hidden, in JavaScript's numbering order. */
  private readonly jsOrder: number[] = [];
  private hiddenGroups = 0;
  /** Inside a look-behind, which JavaScript matches right to left: a back-reference cannot emulate atomicity there. */
  private lookbehindDepth = 0;
  /** Inside a look-behind: the number of groups opened before it (a reference may not go past them). */
  private lookbehindGroups: number | null = null;
  /** The warnings due, in parse order (ParseWarning). */
  readonly parseWarnings: ParseWarning[] = [];
  /** Conditions naming a group by number, and where: the group must exist once the pattern is read. */
  private readonly condRefs = new Map<number, number>();
  private readonly chars: string[];

  constructor(
    private readonly pattern: string,
    private globalFlags: number,
    private readonly isBytes: boolean,
    /** Groups tpy adds in front of the user's (their numbers shift the user's back-references). */
    private readonly groupOffset: number,
  ) {
    this.chars = Array.from(pattern);
  }

  // ---- scanning helpers (positions count code points, as CPython reports them)

  private peek(k = 0): string | undefined {
    return this.chars[this.pos + k];
  }

  private atEnd(): boolean {
    return this.pos >= this.chars.length;
  }

  private next(): string {
    return this.chars[this.pos++];
  }

  private eat(s: string): boolean {
    if (this.peek() === s) {
      this.pos++;
      return true;
    }
    return false;
  }

  private error(msg: string, pos = this.pos): never {
    throw new RegexSyntaxError(msg, pos);
  }

  translate(): Translation {
    this.readGlobalFlags();
    const scope: Scope = { flags: this.globalFlags };
    const { source, width, node } = this.alternation(scope);
    if (this.pos < this.chars.length) {
      if (this.peek() === ')') this.error('unbalanced parenthesis');
      this.error('unexpected end of pattern');
    }
    for (const [g, pos] of this.condRefs) if (g > this.groups) this.error(`invalid group reference ${g}`, pos);
    const jsNumber = new Map<number, number>();
    this.jsOrder.forEach((id, k) => jsNumber.set(id, k + 1));
    const jsIndex = [0];
    for (let g = 1; g <= this.groups; g++) jsIndex.push(jsNumber.get(g)!);
    return {
      source: source.replace(/\x01(\d+)\x02/g, (_, id) => `\\${jsNumber.get(Number(id))! + this.groupOffset}`),
      flags: this.globalFlags, groups: this.groups, groupIndex: this.groupIndex, parent: this.parent,
      emptyIsLastResort: width.emptyLast && !this.hasBackref, jsIndex,
      node, needsSre: needsSre(node), parseWarnings: this.parseWarnings,
    };
  }

  /** Inline flags at the very start, `(?imsx)` (possibly several groups), apply to the whole pattern. */
  private readGlobalFlags(): void {
    // Verbose mode changes how the rest is read, so the leading flag groups are read first.
    let at = 0;
    for (;;) {
      const m = /^\(\?([aiLmsux]+)\)/.exec(this.pattern.slice(at));
      if (m === null) break;
      let groupFlags = 0;
      for (let k = 0; k < m[1].length; k++) {
        groupFlags = this.addFlagLetter(groupFlags, m[1][k], at + 3 + k);
      }
      this.globalFlags |= groupFlags;
      at += m[0].length;
      if (this.globalFlags & FLAG_VERBOSE) {
        while (at < this.pattern.length && isIn(WHITESPACE, this.pattern[at])) at++;
      }
    }
    this.pos = at;
    // Flags from separate groups are only checked against each other once the pattern is read (a ValueError).
    if (this.globalFlags & FLAG_ASCII && this.globalFlags & (FLAG_UNICODE | FLAG_LOCALE)) {
      throw new RegexFlagsError(this.globalFlags & FLAG_UNICODE ? 'ASCII and UNICODE flags are incompatible' : 'ASCII and LOCALE flags are incompatible');
    }
  }

  /** One letter of an inline flag group whose letters so far gave `groupFlags`; `pos` is just after the letter. */
  private addFlagLetter(groupFlags: number, c: string, pos: number): number {
    const flag = FLAG_LETTERS[c];
    if (!this.isBytes && flag === FLAG_LOCALE) this.error('bad inline flags: cannot use \'L\' flag with a str pattern', pos);
    if (this.isBytes && flag === FLAG_UNICODE) this.error('bad inline flags: cannot use \'u\' flag with a bytes pattern', pos);
    const typeFlags = FLAG_ASCII | FLAG_UNICODE | FLAG_LOCALE;
    const flags = groupFlags | flag;
    if (flag & typeFlags && (flags & typeFlags) !== flag) {
      this.error('bad inline flags: flags \'a\', \'u\' and \'L\' are incompatible', pos);
    }
    return flags;
  }

  /** Skips whitespace and comments in verbose mode. */
  private skipVerbose(scope: Scope): void {
    if (!(scope.flags & FLAG_VERBOSE)) return;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && isIn(WHITESPACE, c)) this.pos++;
      else if (c === '#') {
        while (this.peek() !== undefined && this.peek() !== '\n') this.pos++;
      } else return;
    }
  }

  // alternation: sequence ('|' sequence)*
  private alternation(scope: Scope): { source: string; width: Width; node: Node } {
    const branches = [this.sequence(scope)];
    while (this.eat('|')) branches.push(this.sequence(scope));
    const node: Node = branches.length === 1 ? branches[0].node : { k: 'alt', branches: branches.map((b) => b.node) };
    return { source: branches.map((b) => b.source).join('|'), width: alternationWidth(branches.map((b) => b.width)), node };
  }

  // sequence: (atom quantifier?)*
  private sequence(scope: Scope): { source: string; width: Width; node: Node } {
    let out = '';
    const widths: Width[] = [];
    const nodes: Node[] = [];
    for (;;) {
      this.skipVerbose(scope);
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') return { source: out, width: sequenceWidth(widths), node: seqNode(nodes) };
      if ('*+?'.includes(c) || (c === '{' && this.quantifierAhead())) this.error('nothing to repeat');
      const groupsBefore = this.jsOrder.length;
      const atom = this.atom(scope);
      this.skipVerbose(scope);
      const quantifierPos = this.pos;
      const q = this.quantifier(scope);
      if (q === null) {
        out += atom.source;
        widths.push(atom.width);
        nodes.push(atom.node);
        continue;
      }
      if (!atom.repeatable) this.error('nothing to repeat', quantifierPos);
      const repeated = `(?:${atom.source})${q.source}`;
      // X*+ is (?>X*): a hidden group opening before X's own groups.
      out += q.possessive ? this.atomic(repeated, groupsBefore) : repeated;
      widths.push(repeatWidth(atom.width, q.min, q.max, q.lazy));
      const repeat: Node = { k: 'repeat', body: atom.node, min: q.min, max: q.max ?? Infinity, lazy: q.lazy };
      nodes.push(q.possessive ? { k: 'atomic', body: repeat } : repeat);
    }
  }

  /** Whether the text at pos is a `{m,n}` quantifier (otherwise `{` is a literal). */
  private quantifierAhead(): boolean {
    // `{}` is two literals, `{,}` a repeat (sre_parse).
    return /^\{(\d+(,\d*)?|,\d*)\}/.test(this.chars.slice(this.pos, this.pos + 40).join(''));
  }

  // quantifier: ('*' | '+' | '?' | '{' m? (',' n?)? '}') '?'?
  private quantifier(scope: Scope): { source: string; min: number; max: number | null; lazy: boolean; possessive: boolean } | null {
    const c = this.peek();
    let source: string;
    let min = 0;
    let max: number | null = null;
    const at = this.pos;
    if (c === '*' || c === '+' || c === '?') {
      this.pos++;
      source = c;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : null;
    } else if (c === '{' && this.quantifierAhead()) {
      const m = /^\{(\d*)(,(\d*))?\}/.exec(this.chars.slice(this.pos, this.pos + 40).join(''))!;
      this.pos += m[0].length;
      min = m[1] === '' ? 0 : Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? null : Number(m[3]);
      if (min >= MAXREPEAT || (max !== null && max >= MAXREPEAT)) throw new RegexOverflow('the repetition number is too large');
      if (max !== null && max < min) this.error('min repeat greater than max repeat', at + 1);
      source = max === min ? `{${min}}` : max === null ? `{${min},}` : `{${min},${max}}`;
    } else return null;
    const lazy = this.eat('?');
    if (lazy) source += '?';
    const possessive = !lazy && this.eat('+');
    this.skipVerbose(scope);
    const after = this.peek();
    if (after === '*' || after === '+' || after === '?' || (after === '{' && this.quantifierAhead())) this.error('multiple repeat');
    return { source, min, max, lazy, possessive };
  }

  /**
   * `body` matched atomically: once it has matched, backtracking never tries another way of it.
   * A look-ahead captures its first way and a back-reference consumes exactly that:
   * (?=(body))\k. The hidden group is numbered before the groups of `body`, which began at
   * position `groupsBefore` of the group order. Inside a look-behind (fixed width, matched right
   * to left) the body is left as it is.
   */
  private atomic(body: string, groupsBefore: number): string {
    if (this.lookbehindDepth > 0) return `(?:${body})`;
    const id = HIDDEN_GROUP_BASE + ++this.hiddenGroups;
    this.jsOrder.splice(groupsBefore, 0, id);
    return `(?=(${body}))${refMarker(id)}`;
  }

  private atom(scope: Scope): Piece {
    const start = this.pos;
    const c = this.next();
    switch (c) {
      case '(': return this.group(scope, start);
      case '[': return charPiece(this.charClass(scope, start));
      case '.': return charPiece(scope.flags & FLAG_DOTALL ? '[\\s\\S]' : notIn('\\n'));
      case '^':
        return scope.flags & FLAG_MULTILINE ? atPiece('(?:(?<![\\s\\S])|(?<=\\n))', 'bol') : atPiece('(?<![\\s\\S])', 'bos');
      case '$':
        return scope.flags & FLAG_MULTILINE ? atPiece('(?=\\n|(?![\\s\\S]))', 'eolm') : atPiece('(?=\\n?(?![\\s\\S]))', 'eol');
      case '\\': return this.escape(scope, start);
      default: return charPiece(this.literal(c.codePointAt(0)!, scope));
    }
  }

  private group(scope: Scope, start: number): Piece {
    let capture = false;
    let name: string | null = null;
    let prefix = '(?:';
    let inner: Scope = scope;
    let atomic = false;
    const groupsBefore = this.jsOrder.length;
    if (this.eat('?')) {
      if (this.atEnd()) this.error('unexpected end of pattern');
      const c = this.next();
      if (c === 'P') {
        if (this.eat('<')) {
          name = this.groupName('>');
          capture = true;
        } else if (this.eat('=')) {
          const ref = this.groupName(')');
          const n = this.groupIndex.get(ref);
          if (n === undefined) this.error(`unknown group name '${ref}'`, this.pos - ref.length - 1);
          if (this.openGroups.includes(n)) this.error('cannot refer to an open group', start);
          this.checkLookbehindRef(n);
          return this.backref(n, scope);
        } else {
          if (this.atEnd()) this.error('unexpected end of pattern');
          this.error(`unknown extension ?P${this.peek()}`, start + 1);
        }
      } else if (c === ':') {
        // a non-capturing group
      } else if (c === '#') {
        while (this.peek() !== undefined && this.peek() !== ')') this.pos++;
        if (!this.eat(')')) this.error('missing ), unterminated comment', start);
        return { source: '', repeatable: false, width: ZERO, node: EMPTY };
      } else if (c === '=' || c === '!') {
        prefix = `(?${c}`;
      } else if (c === '<') {
        if (this.atEnd()) this.error('unexpected end of pattern');
        const d = this.next();
        if (d !== '=' && d !== '!') this.error(`unknown extension ?<${d}`, start + 1);
        prefix = `(?<${d}`;
      } else if (c === '>') {
        atomic = true;
      } else if (c === '(') {
        return this.conditional(scope, start);
      } else if (c in FLAG_LETTERS || c === '-') {
        inner = this.scopedFlags(scope, c, start);
      } else {
        this.error(`unknown extension ?${c}`, start + 1);
      }
    } else capture = true;
    let index = 0;
    if (capture) {
      index = ++this.groups;
      this.parent[index] = this.openGroups.length > 0 ? this.openGroups[this.openGroups.length - 1] : 0;
      if (name !== null) {
        if (this.groupIndex.has(name)) this.error(`redefinition of group name '${name}' as group ${index}; was group ${this.groupIndex.get(name)}`, this.pos - name.length - 1);
        this.groupIndex.set(name, index);
      }
      prefix = '(';
      this.openGroups.push(index);
      this.jsOrder.push(index);
    }
    const lookbehind = prefix === '(?<=' || prefix === '(?<!';
    const outerLookbehindGroups = this.lookbehindGroups;
    if (lookbehind) {
      this.lookbehindDepth++;
      this.lookbehindGroups ??= this.groups;
    }
    const body = this.alternation({ ...inner });
    if (lookbehind) {
      this.lookbehindDepth--;
      this.lookbehindGroups = outerLookbehindGroups;
    }
    if (!this.eat(')')) this.error('missing ), unterminated subpattern', start);
    if (capture) {
      this.openGroups.pop();
      this.groupWidths[index] = body.width;
    }
    // JavaScript would take any look-behind; sre only one of fixed length (pos: None).
    if ((prefix === '(?<=' || prefix === '(?<!') && body.width.min !== body.width.max) {
      throw new RegexSyntaxError('look-behind requires fixed-width pattern', null);
    }
    if (atomic) return { source: this.atomic(body.source, groupsBefore), repeatable: true, width: body.width, node: { k: 'atomic', body: body.node } };
    const lookaround = prefix !== '(' && prefix !== '(?:';
    let node = body.node;
    if (capture) node = { k: 'group', index, body: node };
    else if (lookaround) node = { k: 'look', behind: lookbehind, negate: prefix.endsWith('!'), width: body.width.min, body: node };
    return { source: prefix + body.source + ')', repeatable: true, width: lookaround ? ZERO : body.width, node };
  }

  /**
   * `(?(id)yes|no)` (after `(?(`): yes when group id (a number or a name) took part, else no.
   * Only the sre matcher runs it; the JavaScript source is a stand-in that keeps the groups' numbers.
   */
  private conditional(scope: Scope, start: number): Piece {
    const nameStart = this.pos;
    let name = '';
    for (;;) {
      const c = this.next();
      if (c === undefined) this.error(name === '' ? 'missing group name' : 'missing ), unterminated name', nameStart);
      if (c === ')') break;
      name += c;
    }
    if (name === '') this.error('missing group name', nameStart);
    let group: number;
    if (isIdentifier(name)) {
      const g = this.groupIndex.get(name);
      if (g === undefined) this.error(`unknown group name '${name}'`, nameStart);
      group = g;
    } else {
      // The name is read by int(): spaces, a sign, underscores and any decimal digits pass.
      const n = pythonInt(name);
      if (n === null || n < 0) this.error(`bad character in group name '${name}'`, nameStart);
      group = n;
      if (group === 0) this.error('bad group number', nameStart);
      if (!this.condRefs.has(group)) this.condRefs.set(group, nameStart);
      if (!/^[0-9]+$/.test(name)) this.parseWarnings.push({ name, pos: nameStart });
    }
    this.checkLookbehindRef(group);
    const yes = this.sequence({ ...scope });
    let no: { source: string; width: Width; node: Node } = { source: '', width: ZERO, node: EMPTY };
    if (this.eat('|')) {
      no = this.sequence({ ...scope });
      if (this.peek() === '|') this.error('conditional backref with more than two branches');
    }
    if (!this.eat(')')) this.error('missing ), unterminated subpattern', start);
    this.hasBackref = true;
    const w = alternationWidth([yes.width, no.width]);
    return {
      source: `(?:${yes.source}|${no.source})`,
      repeatable: true,
      width: { ...w, emptyLast: false },
      node: { k: 'cond', group, yes: yes.node, no: no.node },
    };
  }

  /** Inside a look-behind, a reference only to a group closed before it. */
  private checkLookbehindRef(n: number): void {
    if (this.lookbehindGroups === null) return;
    if (n > this.groups || this.openGroups.includes(n)) this.error('cannot refer to an open group');
    if (n > this.lookbehindGroups) this.error('cannot refer to group defined in the same lookbehind subpattern');
  }

  /** `(?flags-flags:...)`: s, m and x are handled by the translation; i and a/u/L must match the global flags.
   *  `first` (a flag letter or '-') is consumed; a bad character is reported where it stands, a missing one at the end. */
  private scopedFlags(scope: Scope, first: string, start: number): Scope {
    let on = 0;
    let off = 0;
    const take = (): string | undefined => (this.atEnd() ? undefined : this.next());
    let c: string | undefined = first;
    if (c !== '-') {
      for (;;) {
        on = this.addFlagLetter(on, c, this.pos);
        c = take();
        if (c === ')' || c === '-' || c === ':') break;
        if (c === undefined || !(c in FLAG_LETTERS)) this.badFlag(c, 'missing -, : or )');
      }
    }
    if (c === ')') this.error('global flags not at the start of the expression', start);
    if (c === '-') {
      c = take();
      if (c === undefined || !(c in FLAG_LETTERS)) this.badFlag(c, 'missing flag');
      for (;;) {
        off |= FLAG_LETTERS[c];
        c = take();
        if (c === ':') break;
        if (c === undefined || !(c in FLAG_LETTERS)) this.badFlag(c, 'missing :');
      }
    }
    if (on & off) this.error('bad inline flags: flag turned on and off', this.pos - 1);
    const flags = (scope.flags | on) & ~off;
    return { flags };
  }

  /** A character that ends inline flags too early: a letter is an unknown flag, anything else (or the
   *  end) a missing one. */
  private badFlag(c: string | undefined, missing: string): never {
    if (c === undefined) this.error(missing);
    this.error(/^\p{L}$/u.test(c) ? 'unknown flag' : missing, this.pos - 1);
  }

  private backref(n: number, scope: Scope): Piece {
    this.hasBackref = true;
    const group = this.groupWidths[n] ?? { min: 0, max: Infinity };
    // Under IGNORECASE sre compares the lowercase forms (the sre matcher does; see nodes.ts).
    const ignoreCase = (scope.flags & FLAG_IGNORECASE) !== 0;
    return {
      source: refMarker(n),
      repeatable: true,
      width: { canEmpty: true, canNonEmpty: true, emptyLast: false, min: group.min, max: group.max },
      node: { k: 'backref', group: n, ignoreCase, asciiCase: this.isBytes || (scope.flags & FLAG_ASCII) !== 0 },
    };
  }

  private groupName(terminator: string): string {
    const start = this.pos;
    let name = '';
    for (;;) {
      const c = this.next();
      if (c === undefined) this.error(name === '' ? 'missing group name' : `missing ${terminator}, unterminated name`, start);
      if (c === terminator) break;
      name += c;
    }
    if (name === '') this.error('missing group name', start);
    if (!isIdentifier(name)) this.error(`bad character in group name '${name}'`, start);
    return name;
  }

  // ---- escapes

  private wordClass(flags: number): string {
    return flags & FLAG_ASCII || this.isBytes ? 'a-zA-Z0-9_' : '\\p{L}\\p{N}_';
  }

  private spaceClass(flags: number): string {
    return flags & FLAG_ASCII || this.isBytes ? ASCII_SPACE : UNICODE_SPACE;
  }

  private digitClass(flags: number): string {
    return flags & FLAG_ASCII || this.isBytes ? '0-9' : '\\p{Nd}';
  }

  private escape(scope: Scope, start: number): Piece {
    const c = this.next();
    if (c === undefined) this.error('bad escape (end of pattern)', start);
    const f = scope.flags;
    const w = this.wordClass(f);
    switch (c) {
      case 'A': return atPiece('(?<![\\s\\S])', 'bos');
      case 'Z': return atPiece('(?![\\s\\S])', 'eos');
      case 'b': return atPiece(`(?:(?<=[${w}])(?![${w}])|(?<![${w}])(?=[${w}]))`, 'boundary', w);
      // As sre, \B never matches in an empty string.
      case 'B': return atPiece(`(?:(?<=[${w}])(?=[${w}])|(?<![${w}])(?![${w}])(?:(?<=[\\s\\S])|(?=[\\s\\S])))`, 'nonboundary', w);
      case 'd': return charPiece(`[${this.digitClass(f)}]`);
      case 'D': return charPiece(notIn(this.digitClass(f)));
      case 's': return charPiece(`[${this.spaceClass(f)}]`);
      case 'S': return charPiece(notIn(this.spaceClass(f)));
      case 'w': return charPiece(`[${w}]`);
      case 'W': return charPiece(notIn(w));
    }
    if (isIn(DIGITS, c)) {
      // \0 and three octal digits are a character; otherwise one or two digits are a group reference.
      if (c === '0' || (isIn(OCTDIGITS, c) && isIn(OCTDIGITS, this.peek()) && isIn(OCTDIGITS, this.peek(1)))) {
        this.pos--;
        return charPiece(this.literal(this.octal(start), scope));
      }
      let digits = c;
      if (isIn(DIGITS, this.peek())) digits += this.next();
      const n = Number(digits);
      if (n > this.groups) this.error(`invalid group reference ${n}`, start + 1);
      if (this.openGroups.includes(n)) this.error('cannot refer to an open group', start);
      this.checkLookbehindRef(n);
      return this.backref(n, scope);
    }
    this.pos--;
    return charPiece(this.literal(this.charEscape(start, false), scope));
  }

  /** Whether case-insensitive pieces are spelled out here, and with only ASCII letters folding (bytes, re.ASCII). */
  private manualFold(scope: Scope): { asciiOnly: boolean } | null {
    if (!(scope.flags & FLAG_IGNORECASE)) return null;
    return { asciiOnly: this.isBytes || (scope.flags & FLAG_ASCII) !== 0 };
  }

  /** One character, or the class of its case variants when case is ignored here. */
  private literal(cp: number, scope: Scope): string {
    const fold = this.manualFold(scope);
    if (fold === null) return lit(cp);
    const variants = caseVariants(cp, fold.asciiOnly);
    return variants.length === 1 ? lit(cp) : `[${variants.map(lit).join('')}]`;
  }

  /** Up to three octal digits at pos (after the backslash). */
  private octal(start: number): number {
    let digits = '';
    while (digits.length < 3 && isIn(OCTDIGITS, this.peek())) digits += this.next();
    const v = parseInt(digits, 8);
    if (v > 0o377) this.error(`octal escape value \\${digits} outside of range 0-0o377`, start);
    return v;
  }

  /** A backslash escape denoting one character (pos is after the backslash). */
  private charEscape(start: number, inClass: boolean): number {
    const c = this.next();
    switch (c) {
      case 'a': return 7;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'v': return 11;
      case '\\': return 92;
      case 'x': return this.hexEscape(start, 2, 'x');
      case 'u': if (!this.isBytes) return this.hexEscape(start, 4, 'u'); break;
      case 'U': if (!this.isBytes) return this.hexEscape(start, 8, 'U'); break;
      case 'N': if (!this.isBytes) return this.namedEscape(start); break;
      case 'b': if (inClass) return 8; break;
    }
    if (inClass && c !== undefined && isIn(OCTDIGITS, c)) {
      this.pos--;
      return this.octal(start);
    }
    if (c === undefined || isIn(ASCII_LETTERS, c) || isIn(DIGITS, c)) this.error(`bad escape \\${c ?? ''}`, start);
    return c.codePointAt(0)!;
  }

  /** \N{name}: the named character (named sequences are refused, as in CPython). */
  private namedEscape(start: number): number {
    if (!this.eat('{')) this.error('missing {');
    const nameStart = this.pos;
    let name = '';
    while (this.peek() !== undefined && this.peek() !== '}') name += this.next();
    if (name === '') this.error('missing character name', nameStart);
    if (!this.eat('}')) this.error('missing }, unterminated name', nameStart);
    const text = lookupName(name, false);
    if (text === undefined) this.error(`undefined character name '${name}'`, start);
    return text.codePointAt(0)!;
  }

  private hexEscape(start: number, n: number, letter: string): number {
    let digits = '';
    while (digits.length < n && isIn(HEXDIGITS, this.peek())) digits += this.next();
    if (digits.length < n) this.error(`incomplete escape \\${letter}${digits}`, start);
    const v = parseInt(digits, 16);
    if (v > 0x10ffff) this.error(`bad escape \\${letter}${digits}`, start);
    return v;
  }

  // ---- character classes

  // class: '[' '^'? ']'? (item | item '-' item)* ']'
  private charClass(scope: Scope, start: number): string {
    if (this.peek() === '[') this.parseWarnings.push({ future: `Possible nested set at position ${this.pos}` });
    const negate = this.eat('^');
    const fold = this.manualFold(scope);
    let out = '';
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.error('unterminated character set', start);
      if (c === ']' && !first) {
        this.pos++;
        break;
      }
      // A doubled -, &, ~ or | after the first item: CPython warns of a set operation to come.
      if (!first && isIn(SET_OPERATORS, c) && this.peek(1) === c) this.futureSetOperation(c);
      first = false;
      const itemStart = this.pos;
      const lo = this.classItem(scope);
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        if (this.peek(1) === '-') this.futureSetOperation('-');
        this.pos++;
        const hi = this.classItem(scope);
        if (typeof lo === 'string' || typeof hi === 'string') {
          this.error(`bad character range ${this.chars.slice(itemStart, this.pos).join('')}`, itemStart);
        }
        if (hi < lo) this.error(`bad character range ${this.chars.slice(itemStart, this.pos).join('')}`, itemStart);
        out += `${lit(lo)}-${lit(hi)}`;
        if (fold !== null) {
          for (const cp of casedInRange(lo, hi, fold.asciiOnly)) {
            for (const v of caseVariants(cp, fold.asciiOnly)) if (v < lo || v > hi) out += lit(v);
          }
        }
      } else if (typeof lo === 'string') out += lo;
      else out += fold === null ? lit(lo) : caseVariants(lo, fold.asciiOnly).map(lit).join('');
    }
    if (out === '') return negate ? '[\\s\\S]' : '[]';
    return negate ? notIn(out) : `[${out}]`;
  }

  /** CPython's FutureWarning for a doubled operator character at this.pos in a class. */
  private futureSetOperation(op: string): void {
    const kind = op === '-' ? 'difference' : op === '&' ? 'intersection' : op === '~' ? 'symmetric difference' : 'union';
    this.parseWarnings.push({ future: `Possible set ${kind} at position ${this.pos}` });
  }

  /** One member of a class: a code point, or a class escape as nested-class source. */
  private classItem(scope: Scope): number | string {
    const start = this.pos;
    const c = this.next();
    if (c !== '\\') return c.codePointAt(0)!;
    const e = this.peek();
    const f = scope.flags;
    switch (e) {
      case 'd': this.pos++; return `[${this.digitClass(f)}]`;
      case 'D': this.pos++; return notIn(this.digitClass(f));
      case 's': this.pos++; return `[${this.spaceClass(f)}]`;
      case 'S': this.pos++; return notIn(this.spaceClass(f));
      case 'w': this.pos++; return `[${this.wordClass(f)}]`;
      case 'W': this.pos++; return notIn(this.wordClass(f));
    }
    return this.charEscape(start, true);
  }
}

/** Translates `pattern` (code points; for bytes patterns, one char per byte) with the flags passed to compile. */
export function translatePattern(pattern: string, flags: number, isBytes: boolean, groupOffset = 0): Translation {
  // Case-insensitive pieces are spelled out as classes, with sre's notion of case (JavaScript's
  // `i` folds i/ı, bytes and re.ASCII patterns otherwise); back-references ignoring case run on
  // the sre matcher.
  const translator = new Translator(pattern, flags, isBytes, groupOffset);
  let t: Translation;
  try {
    t = translator.translate();
  } catch (e) {
    if (e instanceof RegexSyntaxError) e.parseWarnings = translator.parseWarnings;
    throw e;
  }
  if (!isBytes && !(t.flags & FLAG_ASCII)) t.flags |= FLAG_UNICODE;
  return t;
}
