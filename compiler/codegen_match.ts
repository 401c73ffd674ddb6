// The match statement (PEP 634): compile.c's compiler_match and compiler_pattern_*, in CPython 3.11's shape.
//
// Each pattern consumes the value on top of the stack and either falls through (matched)
// or jumps to a failure label. Values a failure must drop (the subject copy of a sequence
// check, the items of an unpacked sequence, captured values) are counted in `onTop` +
// `stores.length`; failing jumps to failPop[n], a chain of POP_TOPs emitted after the case
// that pops exactly n values. Captured values wait on the stack under everything else
// (ROT_N) and are stored only when the whole pattern matched, as in CPython: a failed case
// binds nothing.

import type * as ast from './ast.js';
import { Op, Cmp } from '../vm/opcodes.js';
import { None } from '../vm/objects/singletons.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { Compiler, Block } from './codegen.js';
import { visitExpr, jumpIf } from './codegen_expr.js';
import { visitStmts } from './codegen_stmt.js';
import { unparse } from './unparse.js';
import { constantValue } from './ast_opt.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PyBytes } from '../vm/objects/bytes.js';

/** compile.c's pattern_context. */
interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack (first = top of the stores). */
  stores: string[];
  /** May this pattern be irrefutable (a capture or wildcard)? */
  allowIrrefutable: boolean;
  /** failPop[n] pops n values and falls into failPop[n-1]; failPop[0] is the failure target. */
  failPop: Block[];
  /** Values above the stores that a failure must pop. */
  onTop: number;
  /** The pattern compiled last (compile.c's SET_LOC position, used by some errors). */
  last: ast.Location | null;
}

function isWildcard(p: ast.pattern): boolean {
  return p.kind === 'MatchAs' && p.name === null;
}

function isStarWildcard(p: ast.pattern): boolean {
  return p.kind === 'MatchStar' && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(c.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: Op): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  if (op === Op.JUMP_FORWARD) c.jrel(op, pc.failPop[pops]!);
  else c.jabs(op, pc.failPop[pops]!);
}

/** Emits the failure labels: failPop[n] ... failPop[1] each pop one value, then failPop[0]. */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    c.useNextBlock(pc.failPop[n]!);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]!);
  pc.failPop = [];
}

/** Moves the top of the stack `count - 1` places down. */
function rotate(c: Compiler, count: number): void {
  if (count > 1) c.addopI(Op.ROT_N, count);
}

function storeName(c: Compiler, name: string, pc: PatternContext): void {
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, pc.last!);
  // Rotate the value under the other captures and anything a failure must pop.
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function compilePattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  c.setLoc(p);
  pc.last = p;
  switch (p.kind) {
    case 'MatchValue':
      visitExpr(c, p.value);
      c.setLoc(p);
      c.addopI(Op.COMPARE_OP, Cmp.EQ);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSingleton':
      c.loadConst(constantValue(p.value));
      c.addopI(Op.COMPARE_OP, Cmp.IS);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence':
      return compileSequence(c, p, pc);
    case 'MatchMapping':
      return compileMapping(c, p, pc);
    case 'MatchClass':
      return compileClass(c, p, pc);
    case 'MatchStar':
      // Only reached through a sequence pattern, which binds the starred list.
      return compileCapture(c, p, p.name, pc);
    case 'MatchAs':
      if (p.pattern === null) return compileCapture(c, p, p.name, pc);
      // Keep a copy to store once the inner pattern has matched.
      pc.onTop++;
      c.addop(Op.DUP_TOP);
      compilePattern(c, p.pattern, pc);
      pc.onTop--;
      storeName(c, p.name!, pc);
      return;
    case 'MatchOr':
      return compileOr(c, p, pc);
  }
}

function compileCapture(c: Compiler, p: ast.pattern, name: string | null, pc: PatternContext): void {
  if (!pc.allowIrrefutable) {
    if (name !== null) c.error(`name capture '${name}' makes remaining patterns unreachable`, p);
    c.error('wildcard makes remaining patterns unreachable', p);
  }
  if (name === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  storeName(c, name, pc);
}

/** A sub-pattern of a sequence, mapping or class pattern: always allowed to be irrefutable. */
function compileSubpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function compileSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  patterns.forEach((sub, i) => {
    if (sub.kind === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern', p);
      star = i;
    }
    if (!isWildcard(sub) && !isStarWildcard(sub)) onlyWildcard = false;
  });
  // Keep the subject on top during the sequence and length checks.
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.loadConst(size);
    c.addopI(Op.COMPARE_OP, Cmp.EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN);
    c.loadConst(size - 1);
    c.addopI(Op.COMPARE_OP, Cmp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    c.addop(Op.POP_TOP);
    return;
  }
  if (star >= 0 && isStarWildcard(patterns[star]!)) {
    sequenceSubscr(c, patterns, star, pc);
    return;
  }
  // Unpack and match the items left to right (the first item ends up on top).
  if (star < 0) c.addopI(Op.UNPACK_SEQUENCE, size);
  else c.addopI(Op.UNPACK_EX, star + ((size - 1 - star) << 8));
  pc.onTop += size;
  for (const sub of patterns) {
    pc.onTop--;
    if (isWildcard(sub) || isStarWildcard(sub)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    compileSubpattern(c, sub, pc);
  }
}

/**
 * `[a, *_, b]`: index the subject for the items around the starred wildcard instead of
 * unpacking all of it (pattern_helper_sequence_subscr); items after the star are indexed
 * from len(subject), as the subject may not support negative indexes.
 */
function sequenceSubscr(c: Compiler, patterns: ast.pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  pc.onTop++;
  patterns.forEach((sub, i) => {
    if (isWildcard(sub) || i === star) return;
    c.addop(Op.DUP_TOP);
    if (i < star) c.loadConst(i);
    else {
      c.addop(Op.GET_LEN);
      c.loadConst(size - i);
      c.addop(Op.BINARY_SUBTRACT);
    }
    c.addop(Op.BINARY_SUBSCR);
    compileSubpattern(c, sub, pc);
  });
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

/** The key's value for the duplicate check, when it is a literal. */
function literalKey(e: ast.expr): string | null {
  if (e.kind === 'Constant') return unparse(e);
  if (e.kind === 'UnaryOp' && e.op === 'USub' && e.operand.kind === 'Constant') return unparse(e);
  return null;
}

/**
 * What makes two literal keys of a mapping pattern the same dict key, as CPython's set of them
 * sees it: equal numbers are one key whatever their type (0 == 0.0 == -0.0 == 0j == False,
 * 10**16 == 1e16); a nan equals nothing (null).
 */
function literalKeyIdentity(v: PyObject): string | null {
  if (typeof v === 'boolean') return v ? 'n:1' : 'n:0';
  if (typeof v === 'number' || typeof v === 'bigint') return `n:${BigInt(v)}`;
  if (typeof v === 'string') return `s:${v}`;
  if (v instanceof PyFloat) return realIdentity(v.value);
  if (v instanceof PyComplex) return v.imag === 0 ? realIdentity(v.real) : Number.isNaN(v.real) || Number.isNaN(v.imag) ? null : `c:${v.real},${v.imag}`;
  if (v instanceof PyBytes) return `b:${Array.from(v.data).join(',')}`;
  if (v === None) return 'None';
  return 'Ellipsis';
}

function realIdentity(x: number): string | null {
  if (Number.isNaN(x)) return null;
  return Number.isFinite(x) && Number.isInteger(x) ? `n:${BigInt(x)}` : `f:${x}`;
}

function compileMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const size = p.keys.length;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === null) {
    // `{}` matches any mapping.
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.addop(Op.GET_LEN);
    c.loadConst(size);
    c.addopI(Op.COMPARE_OP, Cmp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of p.keys) {
    const lit = literalKey(key);
    if (lit !== null) {
      const id = key.kind === 'Constant' ? literalKeyIdentity(constantValue(key)) : lit;
      if (id !== null && seen.has(id)) c.error(`mapping pattern checks duplicate key (${lit})`, p);
      if (id !== null) seen.add(id);
    } else if (key.kind !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups', p);
    }
    visitExpr(c, key);
  }
  c.setLoc(p);
  c.addopI(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  // A tuple of keys and a tuple of values (or None) sit on the subject.
  pc.onTop += 2;
  c.addop(Op.DUP_TOP);
  c.loadConst(None);
  c.addopI(Op.COMPARE_OP, Cmp.IS_NOT);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    compileSubpattern(c, sub, pc);
  }
  // Matched: what follows consumes the keys and the subject.
  pc.onTop -= 1;
  if (p.rest !== null) {
    // [subject, keys] -> [subject, rest]
    c.addop(Op.COPY_DICT_WITHOUT_KEYS);
    storeName(c, p.rest, pc);
  } else {
    c.addop(Op.POP_TOP);
  }
  pc.onTop -= 1;
  c.addop(Op.POP_TOP);
}

function compileClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  const seen = new Set<string>();
  p.kwd_attrs.forEach((name, i) => {
    if (seen.has(name)) c.error(`attribute name repeated in class pattern: ${name}`, p.kwd_patterns[i]!);
    seen.add(name);
  });
  visitExpr(c, p.cls);
  c.setLoc(p);
  c.loadConst(new PyTuple(p.kwd_attrs.slice()));
  c.addopI(Op.MATCH_CLASS, nargs);
  c.addop(Op.DUP_TOP);
  c.loadConst(None);
  c.addopI(Op.COMPARE_OP, Cmp.IS_NOT);
  // The top is a tuple of nargs + nattrs attributes (or None).
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i]! : p.kwd_patterns[i - nargs]!;
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    compileSubpattern(c, sub, pc);
  }
}

function compileOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addop(Op.DUP_TOP);
    compilePattern(c, alt, pc);
    // This alternative matched: line its captures up in the first alternative's order.
    const n = pc.stores.length;
    if (control === null) control = pc.stores;
    else if (n !== control.length) c.error('alternative patterns bind different names', pc.last!);
    else if (n > 0) {
      for (let ic = n - 1; ic >= 0; ic--) {
        const name = control[ic]!;
        const is = pc.stores.indexOf(name);
        if (is < 0) c.error('alternative patterns bind different names', pc.last!);
        if (ic !== is) {
          // Move the top is+1 captures down so that `name` lands where control has it.
          const rotated = pc.stores.splice(0, is + 1);
          pc.stores.splice(ic - is, 0, ...rotated);
          for (let r = 0; r <= is; r++) rotate(c, ic + 1);
        }
      }
    }
    c.jrel(Op.JUMP_FORWARD, end);
    emitAndResetFailPop(c, pc);
  });
  const names = control ?? [];
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP_FORWARD);
  c.useNextBlock(end);
  // Move the new captures under the subject, what is on top and the earlier captures.
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, pc.last ?? p);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP); // the subject
}

/**
 *   <subject>
 *   case k (not the last): DUP_TOP <pattern k> <store captures> [<guard> POP_JUMP_IF_FALSE fail]
 *                          POP_TOP <body> JUMP_FORWARD end; fail: ...
 *   the last case consumes the subject itself; a trailing `case _:` is just its body.
 */
export function compilerMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const last = s.cases[cases - 1]!;
  const hasDefault = isWildcard(last.pattern) && cases > 1;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0, last: null };
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const m = s.cases[i]!;
    c.setLoc(m.pattern);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    // Copy the subject unless this is the last case that needs it.
    if (i !== cases - (hasDefault ? 1 : 0) - 1) c.addop(Op.DUP_TOP);
    compilePattern(c, m.pattern, pc);
    // It's a match (the stores keep the location of the pattern compiled last, as in CPython): store the captured names (they are on the stack).
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0]!, false);
    }
    if (i !== cases - (hasDefault ? 1 : 0) - 1) c.addop(Op.POP_TOP);
    visitStmts(c, m.body);
    c.jrelNoLine(Op.JUMP_FORWARD, end);
    // A failed pattern's cleanup carries the pattern's line, not the body's last line.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    c.setLoc(last.pattern);
    if (cases === 1) c.addop(Op.POP_TOP);
    else c.lineNop();
    if (last.guard !== null) jumpIf(c, last.guard, end, false);
    visitStmts(c, last.body);
  }
  c.useNextBlock(end);
}
