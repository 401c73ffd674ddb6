// The re module: Pattern and Match objects over stdlib/re/engine.ts, the module-level
// functions with their compiled-pattern cache, and re.error.
//
// Patterns whose results JavaScript's RegExp would get wrong (conditional groups, back-references
// to groups that may not have taken part, groups in repetitions; see nodes.ts) run on
// sre_matcher.ts, a backtracking matcher with sre's rules; all others on a RegExp.
//
// The flags are re.RegexFlag members (stdlib/lib/_re_flags.py), made at their first use.
// DIVERGENCE: inside a possessive repetition (`X*+`) that no
// other repetition encloses, sre keeps the captures a failed alternative set (`(?:(a)b|ac)*+`
// on 'abac' gives group 1 (2, 3)), tpy undoes them.

import { importModule } from '../../vm/import.js';
import type { PyObject } from '../../vm/objects/object.js';
import { PyObj } from '../../vm/objects/object.js';
import { makeNativeType } from '../../vm/objects/type.js';
import { builtin, defGetter, defMethod, KwArgs, NativeFn } from '../../vm/objects/function.js';
import { None, NotImplemented } from '../../vm/objects/singletons.js';
import { pyHash } from '../../vm/ops/hash.js';
import { PyMappingProxy } from '../../vm/methods/mappingproxy.js';
import { defClassGetItem } from '../../vm/methods/list.js';
import { PyBytes, PyByteArray, bufferBytes } from '../../vm/objects/bytes.js';
import { PyTuple, newTuple } from '../../vm/objects/tuple.js';
import { PyList } from '../../vm/objects/list.js';
import { PyDict } from '../../vm/objects/dict.js';
import { strVal } from '../../vm/objects/str.js';
import { intVal } from '../../vm/objects/int.js';
import {
  Exception, PyBaseException, newException, overflowError, typeError, valueError, indexError, notImplementedError, stopIteration,
} from '../../vm/objects/exceptions.js';
import { typeName } from '../../vm/ops/typeof.js';
import { warnFromNative } from '../../vm/native_warn.js';
import { DeprecationWarning, FutureWarning } from '../../vm/objects/exceptions.js';
import { index, repr, str, truthy } from '../../vm/ops/convert.js';
import { call } from '../../vm/ops/call.js';
import { isCallable } from '../builtins.js';
import { getAttr } from '../../vm/ops/attribute.js';
import { installLazyNames } from '../lazy_module_names.js';
import { parseArgs, checkArgCount, noKwargs } from '../../vm/methods/args.js';
import { bindDef } from '../../vm/methods/args_def.js';
import type { ModuleInit, VM } from '../../vm/vm.js';
import { Anchor, Engine, Spans, Subject } from './engine.js';
import {
  FLAG_ASCII, FLAG_DEBUG, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_TEMPLATE, FLAG_UNICODE, FLAG_VERBOSE,
  RegexFlagsError, RegexOverflow, RegexSyntaxError, RegexUnsupported, type ParseWarning,
} from './translate.js';
import { parseTemplate, IndexError as TemplateIndexError, Template } from './template.js';

export const reErrorType = makeNativeType('error', Exception, { module: 're', allocate: Exception.allocate, instanceDict: true });
export const patternType = makeNativeType('re.Pattern', undefined, { allocate: null, final: true });
export const matchType = makeNativeType('re.Match', undefined, { allocate: null, final: true });
const scannerIteratorType = makeNativeType('callable_iterator', undefined, { allocate: null, final: true });
const sreScannerType = makeNativeType('_sre.SRE_Scanner', undefined, { allocate: null, final: true });

const MAXSIZE = Number.MAX_SAFE_INTEGER;

export class PyPattern extends PyObj {
  constructor(readonly engine: Engine, readonly pattern: PyObject, readonly flags: number) {
    super(patternType);
  }
}

export class PyMatch extends PyObj {
  constructor(
    readonly re: PyPattern,
    readonly string: PyObject,
    readonly subject: Subject,
    readonly spans: Spans,
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(matchType);
  }
}

/**
 * Pattern.scanner(string): each match() or search() call goes on from where the last match
 * ended (past an empty match, only a non-empty one may start there); None once one fails.
 */
class PySreScanner extends PyObj {
  private mustAdvance = false;
  private done = false;
  constructor(readonly pattern: PyPattern, readonly string: PyObject, readonly subject: Subject, private pos: number, readonly endpos: number) {
    super(sreScannerType);
  }

  next(anchor: Anchor): PyObject {
    if (this.done) return None;
    const spans = this.pattern.engine.exec(this.subject, this.pos, this.endpos, anchor, this.mustAdvance);
    if (spans === null) {
      this.done = true;
      return None;
    }
    const m = new PyMatch(this.pattern, this.string, this.subject, spans, this.pos, this.endpos);
    this.mustAdvance = spans[1] === spans[0];
    this.pos = spans[1];
    return m;
  }
}

class PyScanner extends PyObj {
  constructor(readonly matches: Generator<PyMatch>) {
    super(scannerIteratorType);
  }
}

// ---------------------------------------------------------------- errors

/**
 * Fills in re.error's attributes (msg, pattern, pos, lineno, colno) and args, as its
 * __init__(msg, pattern=None, pos=None) does: "at position N", and "(line L, column C)" when
 * the pattern has more than one line.
 */
function initReError(vm: VM | null, e: PyBaseException, msg: PyObject, pattern: PyObject, pos: PyObject): void {
  let full: PyObject = msg;
  let lineno: PyObject = None;
  let colno: PyObject = None;
  if (pattern !== None && pos !== None) {
    const text = strVal(pattern) ?? (isBytesLike(pattern) ? latin1(pattern.data) : '');
    const at = Number(index(vm!, pos));
    const before = Array.from(text).slice(0, at).join('');
    const lines = before.split('\n');
    lineno = lines.length;
    colno = lines[lines.length - 1].length + 1;
    full = `${strVal(msg) ?? str(vm!, msg)} at position ${at}`;
    if (text.includes('\n')) full = `${full} (line ${lineno}, column ${colno})`;
  }
  e.args = [full];
  e.dict ??= new PyDict();
  e.dict.setStr('msg', msg);
  e.dict.setStr('pattern', pattern);
  e.dict.setStr('pos', pos);
  e.dict.setStr('lineno', lineno);
  e.dict.setStr('colno', colno);
}

/** re.error(msg, pattern, pos) for a malformed pattern or template. */
function reError(msg: string, pattern: PyObject, pos: number | null): PyBaseException {
  const e = newException(reErrorType, msg);
  initReError(null, e, msg, pattern, pos ?? None);
  return e;
}

// ---------------------------------------------------------------- strings and bytes

function isBytesLike(o: PyObject): o is PyBytes | PyByteArray {
  return o instanceof PyBytes || o instanceof PyByteArray;
}

const latin1 = (data: Uint8Array) => Buffer.from(data).toString('latin1');

/**
 * What a bytes pattern reads as text (a subject, a template, re.escape's argument): any
 * bytes-like object, a memoryview slice or an array.array too, as a latin-1 string.
 */
function bytesLikeText(o: PyObject): string | undefined {
  const data = bufferBytes(o);
  return data === undefined ? undefined : latin1(data);
}
const toBytes = (s: string) => new PyBytes(Uint8Array.from(Buffer.from(s, 'latin1')));

/** The text a pattern of the given kind runs on, with CPython's type checks. */
function subjectOf(p: PyPattern, string: PyObject): Subject {
  const s = strVal(string);
  if (p.engine.isBytes) {
    if (s !== undefined) throw typeError('cannot use a bytes pattern on a string-like object');
    const text = bytesLikeText(string);
    if (text === undefined) throw typeError(`expected string or bytes-like object, got '${typeName(string)}'`);
    return new Subject(text);
  }
  if (s !== undefined) return new Subject(s);
  if (bufferBytes(string) !== undefined) throw typeError('cannot use a string pattern on a bytes-like object');
  throw typeError(`expected string or bytes-like object, got '${typeName(string)}'`);
}

/** A piece of the subject as the subject's type (str, or bytes for bytes-like subjects). */
function piece(p: PyPattern, s: Subject, start: number, end: number): PyObject {
  const text = s.slice(start, end);
  return p.engine.isBytes ? toBytes(text) : text;
}

// ---------------------------------------------------------------- compiling

const cache = new Map<string, PyPattern>();
const CACHE_MAX = 512;

function compile(vm: VM, pattern: PyObject, flagsArg: PyObject | undefined): PyPattern {
  // re._compile looks (type(pattern), pattern, flags) up in its cache first: an unhashable
  // pattern or flags fails there ("unhashable type: 'list'").
  if (typeof pattern !== 'string' && !(pattern instanceof PyPattern)) pyHash(vm, pattern);
  if (flagsArg !== undefined && typeof flagsArg !== 'number') pyHash(vm, flagsArg);
  if (pattern instanceof PyPattern) {
    if (flagsArg !== undefined && truthy(vm, flagsArg)) throw valueError('cannot process flags argument with a compiled pattern');
    return pattern;
  }
  const text = strVal(pattern);
  if (text === undefined && !isBytesLike(pattern)) throw typeError('first argument must be string or compiled pattern');
  // The compiler tests the flags with `&` against RegexFlag members.
  const flagsValue = flagsArg === undefined ? 0 : intVal(flagsArg);
  if (flagsValue === undefined) throw typeError(`unsupported operand type(s) for &: '${typeName(flagsArg!)}' and 'RegexFlag'`);
  const flags = Number(flagsValue);
  const isBytes = text === undefined;
  const source = text ?? latin1((pattern as PyBytes).data);
  const key = `${isBytes ? 'b' : 's'}${flags}:${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (!isBytes && flags & FLAG_LOCALE) throw valueError('cannot use LOCALE flag with a str pattern');
  if (isBytes && flags & FLAG_UNICODE) throw valueError('cannot use UNICODE flag with a bytes pattern');
  if (flags & FLAG_ASCII && flags & (FLAG_UNICODE | FLAG_LOCALE)) {
    throw valueError(flags & FLAG_UNICODE ? 'ASCII and UNICODE flags are incompatible' : 'ASCII and LOCALE flags are incompatible');
  }
  let engine: Engine;
  try {
    engine = new Engine(source, flags, isBytes);
  } catch (e) {
    if (e instanceof RegexSyntaxError) {
      warnParse(vm, e.parseWarnings);
      throw reError(e.msg, pattern, e.pos);
    }
    if (e instanceof RegexUnsupported) throw notImplementedError(e.message);
    if (e instanceof RegexFlagsError) throw valueError(e.message);
    if (e instanceof RegexOverflow) throw overflowError(e.message);
    if (e instanceof SyntaxError) throw notImplementedError(`tpy's re cannot run this pattern on JavaScript's RegExp: ${e.message}`);
    throw e;
  }
  warnParse(vm, engine.t.parseWarnings);
  // sre prints the parsed pattern and its code for DEBUG (once compiled); tpy has neither to print.
  if (flags & FLAG_DEBUG) throw notImplementedError('re.DEBUG is not supported by tpy (it has no sre parse tree or code to print)');
  const p = new PyPattern(engine, isBytes ? new PyBytes((pattern as PyBytes).data.slice()) : pattern, engine.t.flags);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, p);
  return p;
}

/** The warnings CPython's parser gives while it reads the pattern (ParseWarning). */
function warnParse(vm: VM, warnings: ParseWarning[]): void {
  for (const w of warnings) {
    if ('future' in w) warnFromNative(vm, FutureWarning, w.future);
    else warnFromNative(vm, DeprecationWarning, `bad character in group name ${repr(vm, w.name)} at position ${w.pos}`);
  }
}

// ---------------------------------------------------------------- matching

function clampPos(vm: VM, o: PyObject | undefined, dflt: number, length: number): number {
  if (o === undefined) return Math.min(dflt, length);
  const v = Number(index(vm, o));
  return Math.max(0, Math.min(v, length));
}

function matchAt(vm: VM, p: PyPattern, string: PyObject, posArg: PyObject | undefined, endArg: PyObject | undefined, anchor: Anchor): PyObject {
  const s = subjectOf(p, string);
  const pos = clampPos(vm, posArg, 0, s.length);
  const endpos = clampPos(vm, endArg, MAXSIZE, s.length);
  const spans = p.engine.exec(s, pos, endpos, anchor);
  return spans === null ? None : new PyMatch(p, string, s, spans, pos, endpos);
}

function* matches(vm: VM, p: PyPattern, string: PyObject, posArg?: PyObject, endArg?: PyObject): Generator<PyMatch> {
  const s = subjectOf(p, string);
  const pos = clampPos(vm, posArg, 0, s.length);
  const endpos = clampPos(vm, endArg, MAXSIZE, s.length);
  for (const spans of p.engine.iterate(s, pos, endpos)) yield new PyMatch(p, string, s, spans, pos, endpos);
}

function groupValue(m: PyMatch, g: number, dflt: PyObject = None): PyObject {
  const start = m.spans[2 * g];
  if (start < 0) return dflt;
  return piece(m.re, m.subject, start, m.spans[2 * g + 1]);
}

function findall(vm: VM, p: PyPattern, string: PyObject, pos?: PyObject, endpos?: PyObject): PyList {
  const n = p.engine.t.groups;
  const empty: PyObject = p.engine.isBytes ? new PyBytes(new Uint8Array(0)) : '';
  const out: PyObject[] = [];
  for (const m of matches(vm, p, string, pos, endpos)) {
    if (n === 0) out.push(groupValue(m, 0));
    else if (n === 1) out.push(groupValue(m, 1, empty));
    else {
      const items: PyObject[] = [];
      for (let g = 1; g <= n; g++) items.push(groupValue(m, g, empty));
      out.push(newTuple(items));
    }
  }
  return new PyList(out);
}

function split(vm: VM, p: PyPattern, string: PyObject, maxsplitArg: PyObject | undefined): PyList {
  const maxsplit = maxsplitArg === undefined ? 0 : Number(index(vm, maxsplitArg));
  const s = subjectOf(p, string);
  const out: PyObject[] = [];
  if (maxsplit < 0) return new PyList([piece(p, s, 0, s.length)]);
  let last = 0;
  let count = 0;
  for (const m of matches(vm, p, string)) {
    if (maxsplit > 0 && count >= maxsplit) break;
    out.push(piece(p, s, last, m.spans[0]));
    for (let g = 1; g <= p.engine.t.groups; g++) out.push(groupValue(m, g));
    last = m.spans[1];
    count++;
  }
  out.push(piece(p, s, last, s.length));
  return new PyList(out);
}

function templateOf(p: PyPattern, repl: PyObject): Template {
  let text: string;
  if (p.engine.isBytes) {
    const t = bytesLikeText(repl);
    if (t === undefined) throw typeError(`expected a bytes-like object, ${typeName(repl)} found`);
    text = t;
  } else {
    const s = strVal(repl);
    if (s === undefined) throw typeError(`expected str instance, ${typeName(repl)} found`);
    text = s;
  }
  try {
    return parseTemplate(text, p.engine.t.groups, p.engine.t.groupIndex);
  } catch (e) {
    if (e instanceof RegexSyntaxError) throw reError(e.msg, repl, e.pos);
    if (e instanceof TemplateIndexError) throw indexError(e.message);
    throw e;
  }
}

function expand(m: PyMatch, template: Template): string {
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') out += part;
    else {
      const start = m.spans[2 * part];
      if (start >= 0) out += m.subject.slice(start, m.spans[2 * part + 1]);
    }
  }
  return out;
}

/**
 * The text a replacement adds, or undefined when it has the wrong type. CPython joins the
 * pieces (literal text before each match, each replacement but None) only after the last
 * match, so a wrong-typed piece fails there, named by its index in that list.
 */
function pieceText(p: PyPattern, r: PyObject): string | undefined {
  return p.engine.isBytes ? bytesLikeText(r) : strVal(r);
}

function joinError(p: PyPattern, item: number, r: PyObject): string {
  const wanted = p.engine.isBytes ? 'expected a bytes-like object' : 'expected str instance';
  return `sequence item ${item}: ${wanted}, ${typeName(r)} found`;
}

function subn(vm: VM, p: PyPattern, repl: PyObject, string: PyObject, countArg: PyObject | undefined): [PyObject, number] {
  const count = countArg === undefined ? 0 : Number(index(vm, countArg));
  const s = subjectOf(p, string);
  const replText = strVal(repl) ?? bytesLikeText(repl);
  const callable = replText === undefined;
  // Anything else CPython compiles as a template first, through str(repl, 'latin1').
  // (its template cache hashes repl before that).
  if (callable && !isCallable(repl)) {
    pyHash(vm, repl);
    throw typeError(`decoding to str: need a bytes-like object, ${typeName(repl)} found`);
  }
  // A str replacement for a bytes pattern (or the reverse) without escapes is a literal
  // piece of the wrong type: an error only if some match needs it.
  const wrongLiteral = !callable && pieceText(p, repl) === undefined && !replText.includes('\\');
  const template = callable || wrongLiteral ? null : templateOf(p, repl);
  let out = '';
  let last = 0;
  let n = 0;
  let items = 0;
  let failure: string | null = null;
  for (const m of matches(vm, p, string)) {
    // A negative count replaces nothing, as sre's loop condition makes it.
    if (count !== 0 && n >= count) break;
    if (m.spans[0] > last) {
      out += s.slice(last, m.spans[0]);
      items++;
    }
    if (template !== null) {
      out += expand(m, template);
      items++;
    } else {
      const r = callable ? call(vm, repl, [m]) : repl;
      if (r !== None) {
        const t = pieceText(p, r);
        if (t === undefined) failure ??= joinError(p, items, r);
        else out += t;
        items++;
      }
    }
    last = m.spans[1];
    n++;
  }
  if (failure !== null) throw typeError(failure);
  out += s.slice(last, s.length);
  return [p.engine.isBytes ? toBytes(out) : out, n];
}

// ---------------------------------------------------------------- Pattern

function self(args: PyObject[]): PyPattern {
  const p = args[0];
  if (!(p instanceof PyPattern)) throw typeError(`descriptor requires a 're.Pattern' object but received '${typeName(p)}'`);
  return p;
}

const FLAG_NAMES: [number, string][] = [
  [FLAG_TEMPLATE, 're.TEMPLATE'], [FLAG_IGNORECASE, 're.IGNORECASE'], [FLAG_LOCALE, 're.LOCALE'],
  [FLAG_MULTILINE, 're.MULTILINE'], [FLAG_DOTALL, 're.DOTALL'], [FLAG_UNICODE, 're.UNICODE'],
  [FLAG_VERBOSE, 're.VERBOSE'], [FLAG_DEBUG, 're.DEBUG'], [FLAG_ASCII, 're.ASCII'],
];

function patternRepr(vm: VM, p: PyPattern): string {
  let text = repr(vm, p.pattern);
  if (text.length > 200) text = text.slice(0, 200);
  let flags = p.flags;
  if (!p.engine.isBytes) flags &= ~FLAG_UNICODE;
  if (flags === 0) return `re.compile(${text})`;
  const names: string[] = [];
  for (const [bit, name] of FLAG_NAMES) {
    if (flags & bit) {
      names.push(name);
      flags &= ~bit;
    }
  }
  if (flags !== 0) names.push(`0x${flags.toString(16)}`);
  return `re.compile(${text}, ${names.join('|')})`;
}

const STRING_POS = { names: ['string', 'pos', 'endpos'], required: 1 };

function installPatternMethods(): void {
  const t = patternType;
  for (const [name, anchor] of [['search', Anchor.Search], ['match', Anchor.Match], ['fullmatch', Anchor.Full]] as const) {
    defMethod(t, name, (vm, args, kwargs) => {
      const [string, pos, endpos] = parseArgs(name, args, kwargs, STRING_POS);
      return matchAt(vm, self(args), string!, pos, endpos, anchor);
    });
  }
  defMethod(t, 'findall', (vm, args, kwargs) => {
    const [string, pos, endpos] = parseArgs('findall', args, kwargs, STRING_POS);
    return findall(vm, self(args), string!, pos, endpos);
  });
  defMethod(t, 'finditer', (vm, args, kwargs) => {
    const [string, pos, endpos] = parseArgs('finditer', args, kwargs, STRING_POS);
    return new PyScanner(matches(vm, self(args), string!, pos, endpos));
  });
  defMethod(t, 'split', (vm, args, kwargs) => {
    const [string, maxsplit] = parseArgs('split', args, kwargs, { names: ['string', 'maxsplit'], required: 1 });
    return split(vm, self(args), string!, maxsplit);
  });
  defMethod(t, 'sub', (vm, args, kwargs) => {
    const [repl, string, count] = parseArgs('sub', args, kwargs, { names: ['repl', 'string', 'count'], required: 2 });
    return subn(vm, self(args), repl!, string!, count)[0];
  });
  defMethod(t, 'subn', (vm, args, kwargs) => {
    const [repl, string, count] = parseArgs('subn', args, kwargs, { names: ['repl', 'string', 'count'], required: 2 });
    return newTuple(subn(vm, self(args), repl!, string!, count));
  });
  defMethod(t, '__repr__', (vm, args) => patternRepr(vm, self(args)));
  // Patterns pickle as re._compile(pattern, flags) and copy as themselves, as CPython's.
  defMethod(t, '__reduce__', (vm, args) => {
    const p = self(args);
    return newTuple([importModule(vm, 're', null).dict.getStr('_compile')!, newTuple([p.pattern, p.flags])]);
  });
  defMethod(t, '__copy__', (_vm, args) => self(args));
  defMethod(t, '__deepcopy__', (_vm, args) => self(args));
  defGetter(t, 'pattern', (_vm, o) => (o as PyPattern).pattern);
  defGetter(t, 'flags', (_vm, o) => (o as PyPattern).flags);
  defGetter(t, 'groups', (_vm, o) => (o as PyPattern).engine.t.groups);
  defGetter(t, 'groupindex', (_vm, o) => {
    const d = new PyDict();
    for (const [name, i] of (o as PyPattern).engine.t.groupIndex) d.setStr(name, i);
    return PyMappingProxy.ofMapping(d);
  });
  // Two patterns are equal when compiled from equal text with the same flags (a pickled one comes back equal).
  defMethod(t, '__eq__', (_vm, args) => {
    const [a, b] = args;
    if (!(a instanceof PyPattern) || !(b instanceof PyPattern)) return NotImplemented;
    return a === b || (a.flags === b.flags && a.engine.isBytes === b.engine.isBytes && a.engine.source === b.engine.source);
  });
  defMethod(t, '__ne__', (_vm, args) => {
    const [a, b] = args;
    if (!(a instanceof PyPattern) || !(b instanceof PyPattern)) return NotImplemented;
    return !(a === b || (a.flags === b.flags && a.engine.isBytes === b.engine.isBytes && a.engine.source === b.engine.source));
  });
  defMethod(t, '__hash__', (vm, args) => {
    const p = self(args);
    const h = pyHash(vm, p.pattern);
    return typeof h === 'bigint' ? h ^ BigInt(p.flags) : h ^ p.flags;
  });
  defClassGetItem(t);
  defMethod(t, 'scanner', (vm, args, kwargs) => {
    const [string, pos, endpos] = parseArgs('scanner', args, kwargs, STRING_POS);
    const p = self(args);
    const s = subjectOf(p, string!);
    return new PySreScanner(p, string!, s, clampPos(vm, pos, 0, s.length), clampPos(vm, endpos, MAXSIZE, s.length));
  });
  const st = sreScannerType;
  defGetter(st, 'pattern', (_vm, o) => (o as PySreScanner).pattern);
  for (const [name, anchor] of [['match', Anchor.Match], ['search', Anchor.Search]] as const) {
    defMethod(st, name, (_vm, args) => {
      const sc = args[0];
      if (!(sc instanceof PySreScanner)) throw typeError(`descriptor '${name}' requires a '_sre.SRE_Scanner' object but received '${typeName(sc)}'`);
      return sc.next(anchor);
    });
  }
}

// ---------------------------------------------------------------- Match

function mself(args: PyObject[]): PyMatch {
  const m = args[0];
  if (!(m instanceof PyMatch)) throw typeError(`descriptor requires a 're.Match' object but received '${typeName(m)}'`);
  return m;
}

/** A group given by number or name, as Match.group and friends accept it. */
function groupNumber(m: PyMatch, g: PyObject): number {
  const name = strVal(g);
  if (name !== undefined) {
    const i = m.re.engine.t.groupIndex.get(name);
    if (i !== undefined) return i;
  } else {
    const i = intVal(g);
    if (i !== undefined && i >= 0 && i <= m.re.engine.t.groups) return Number(i);
  }
  throw indexError('no such group');
}

function groupsTuple(m: PyMatch, dflt: PyObject): PyTuple {
  const items: PyObject[] = [];
  for (let g = 1; g <= m.re.engine.t.groups; g++) items.push(groupValue(m, g, dflt));
  return newTuple(items);
}

function installMatchMethods(): void {
  const t = matchType;
  defClassGetItem(t);
  defMethod(t, 'group', (_vm, args) => {
    const m = mself(args);
    if (args.length <= 2) return groupValue(m, args.length === 1 ? 0 : groupNumber(m, args[1]));
    return newTuple(args.slice(1).map((g) => groupValue(m, groupNumber(m, g))));
  });
  defMethod(t, '__getitem__', (_vm, args) => groupValue(mself(args), groupNumber(mself(args), args[1])));
  defMethod(t, 'groups', (_vm, args, kwargs) => {
    const [dflt] = parseArgs('groups', args, kwargs, { names: ['default'] });
    return groupsTuple(mself(args), dflt ?? None);
  });
  defMethod(t, 'groupdict', (_vm, args, kwargs) => {
    const [dflt] = parseArgs('groupdict', args, kwargs, { names: ['default'] });
    const m = mself(args);
    const d = new PyDict();
    for (const [name, i] of m.re.engine.t.groupIndex) d.setStr(name, groupValue(m, i, dflt ?? None));
    return d;
  });
  const spanOf = (name: string, args: PyObject[], kwargs: KwArgs | null): [number, number] => {
    noKwargs(`Match.${name}`, kwargs);
    checkArgCount(name, args, 0, 1);
    const m = mself(args);
    const g = args.length > 1 ? groupNumber(m, args[1]) : 0;
    return [m.spans[2 * g], m.spans[2 * g + 1]];
  };
  defMethod(t, 'start', (_vm, args, kwargs) => spanOf('start', args, kwargs)[0]);
  defMethod(t, 'end', (_vm, args, kwargs) => spanOf('end', args, kwargs)[1]);
  defMethod(t, 'span', (_vm, args, kwargs) => newTuple(spanOf('span', args, kwargs)));
  defMethod(t, 'expand', (_vm, args, kwargs) => {
    const [template] = parseArgs('expand', args, kwargs, { names: ['template'], required: 1 });
    const m = mself(args);
    const text = expand(m, templateOf(m.re, template!));
    return m.re.engine.isBytes ? toBytes(text) : text;
  });
  defMethod(t, '__copy__', (_vm, args) => mself(args));
  defMethod(t, '__deepcopy__', (_vm, args) => mself(args));
  defMethod(t, '__repr__', (vm, args) => {
    const m = mself(args);
    return `<re.Match object; span=(${m.spans[0]}, ${m.spans[1]}), match=${repr(vm, groupValue(m, 0))}>`;
  });
  defGetter(t, 'string', (_vm, o) => (o as PyMatch).string);
  defGetter(t, 're', (_vm, o) => (o as PyMatch).re);
  defGetter(t, 'pos', (_vm, o) => (o as PyMatch).pos);
  defGetter(t, 'endpos', (_vm, o) => (o as PyMatch).endpos);
  defGetter(t, 'regs', (_vm, o) => {
    const m = o as PyMatch;
    const items: PyObject[] = [];
    for (let g = 0; g <= m.re.engine.t.groups; g++) items.push(newTuple([m.spans[2 * g], m.spans[2 * g + 1]]));
    return newTuple(items);
  });
  defGetter(t, 'lastindex', (_vm, o) => {
    const i = (o as PyMatch).re.engine.lastIndex((o as PyMatch).spans);
    return i === 0 ? None : i;
  });
  defGetter(t, 'lastgroup', (_vm, o) => {
    const m = o as PyMatch;
    const i = m.re.engine.lastIndex(m.spans);
    for (const [name, g] of m.re.engine.t.groupIndex) if (g === i && i !== 0) return name;
    return None;
  });
  defMethod(scannerIteratorType, '__iter__', (_vm, args) => args[0]);
  defMethod(scannerIteratorType, '__next__', (_vm, args) => {
    const r = (args[0] as PyScanner).matches.next();
    if (r.done) throw stopIteration();
    return r.value;
  });
}

// ---------------------------------------------------------------- the module

/** re.escape: a backslash before each character that is special in a pattern. */
function escape(o: PyObject): PyObject {
  const special = '()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c';
  const esc = (s: string) => Array.from(s, (c) => (special.includes(c) ? '\\' + c : c)).join('');
  const s = strVal(o);
  if (s !== undefined) return esc(s);
  const text = bytesLikeText(o);
  if (text !== undefined) return toBytes(esc(text));
  // re.escape decodes anything but str with str(pattern, 'latin1').
  throw typeError(`decoding to str: need a bytes-like object, ${typeName(o)} found`);
}

/** A module-level function, a def in CPython's re.py: its argument errors read like a def's. */
function moduleFn(name: string, positional: string[], required: number, body: (vm: VM, a: (PyObject | undefined)[]) => PyObject): [string, NativeFn] {
  return [name, (vm: VM, args: PyObject[], kwargs: KwArgs | null) => body(vm, bindDef(name, args, kwargs, { positional, required }))];
}

const functions: [string, NativeFn][] = [
  moduleFn('compile', ['pattern', 'flags'], 1, (vm, [p, f]) => compile(vm, p!, f)),
  moduleFn('_compile', ['pattern', 'flags'], 2, (vm, [p, f]) => compile(vm, p!, f)),
  moduleFn('search', ['pattern', 'string', 'flags'], 2, (vm, [p, s, f]) => matchAt(vm, compile(vm, p!, f), s!, undefined, undefined, Anchor.Search)),
  moduleFn('match', ['pattern', 'string', 'flags'], 2, (vm, [p, s, f]) => matchAt(vm, compile(vm, p!, f), s!, undefined, undefined, Anchor.Match)),
  moduleFn('fullmatch', ['pattern', 'string', 'flags'], 2, (vm, [p, s, f]) => matchAt(vm, compile(vm, p!, f), s!, undefined, undefined, Anchor.Full)),
  moduleFn('findall', ['pattern', 'string', 'flags'], 2, (vm, [p, s, f]) => findall(vm, compile(vm, p!, f), s!)),
  moduleFn('finditer', ['pattern', 'string', 'flags'], 2, (vm, [p, s, f]) => new PyScanner(matches(vm, compile(vm, p!, f), s!))),
  moduleFn('split', ['pattern', 'string', 'maxsplit', 'flags'], 2, (vm, [p, s, n, f]) => split(vm, compile(vm, p!, f), s!, n)),
  moduleFn('sub', ['pattern', 'repl', 'string', 'count', 'flags'], 3, (vm, [p, r, s, n, f]) => subn(vm, compile(vm, p!, f), r!, s!, n)[0]),
  moduleFn('subn', ['pattern', 'repl', 'string', 'count', 'flags'], 3, (vm, [p, r, s, n, f]) => newTuple(subn(vm, compile(vm, p!, f), r!, s!, n))),
  moduleFn('escape', ['pattern'], 1, (_vm, [p]) => escape(p!)),
  moduleFn('purge', [], 0, () => {
    cache.clear();
    return None;
  }),
];

/** The flags' names (RegexFlag's members, also re's globals). */
const FLAG_GLOBALS = ['A', 'ASCII', 'DEBUG', 'DOTALL', 'I', 'IGNORECASE', 'L', 'LOCALE', 'M', 'MULTILINE', 'NOFLAG', 'S', 'T', 'TEMPLATE', 'U', 'UNICODE', 'X', 'VERBOSE'];

/** re.__all__ as CPython 3.11's, less re.template (which tpy lacks). */
const ALL = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge', 'escape', 'error',
  'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
  'NOFLAG', 'RegexFlag'];

/** re.error.__init__(msg, pattern=None, pos=None), as CPython's (a Python-level __init__). */
function installErrorInit(): void {
  const names = ['msg', 'pattern', 'pos'];
  defMethod(reErrorType, '__init__', (vm, args, kwargs) => {
    const e = args[0];
    if (!(e instanceof PyBaseException)) throw typeError("descriptor '__init__' requires a 're.error' object");
    if (args.length > 4) throw typeError(`error.__init__() takes from 2 to 4 positional arguments but ${args.length} were given`);
    const values: (PyObject | undefined)[] = args.slice(1);
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        const at = names.indexOf(k);
        if (at < 0) throw typeError(`error.__init__() got an unexpected keyword argument '${k}'`);
        if (values[at] !== undefined) throw typeError(`error.__init__() got multiple values for argument '${k}'`);
        values[at] = v;
      }
    }
    if (values[0] === undefined) throw typeError("error.__init__() missing 1 required positional argument: 'msg'");
    initReError(vm, e, values[0], values[1] ?? None, values[2] ?? None);
    return None;
  });
  // The one-argument fast path made for classes keeping BaseException's __init__ would skip this one.
  reErrorType.call1 = null;
}

let installed = false;

export const init_re: ModuleInit = (_vm, m) => {
  if (!installed) {
    installed = true;
    installPatternMethods();
    installMatchMethods();
    installErrorInit();
  }
  const d = m.dict;
  d.setStr('__doc__', 'Support for regular expressions (RE), translated to JavaScript RegExps by tpy.');
  for (const [name, fn] of functions) d.setStr(name, builtin(name, fn, 're'));
  d.setStr('__all__', new PyList(ALL.map((n) => n as PyObject)));
  d.setStr('error', reErrorType);
  d.setStr('Pattern', patternType);
  d.setStr('Match', matchType);
  installLazyParts(d);
};

/**
 * re.Scanner (stdlib/lib/_re_scanner.py) and the flags (stdlib/lib/_re_flags.py) at their
 * first use, through module __getattr__/__dir__ hooks (PEP 562) that then remove themselves:
 * loading them with re would slow every `import re` (the flags need enum).
 */
function installLazyParts(d: PyDict): void {
  installLazyNames(d, 're', ['Scanner', 'RegexFlag', ...FLAG_GLOBALS], (vm, name) => {
    if (name === 'Scanner') d.setStr('Scanner', getAttr(vm, importModule(vm, '_re_scanner', null), 'Scanner'));
    else {
      // Its global_enum puts the members into this dict.
      d.setStr('RegexFlag', getAttr(vm, importModule(vm, '_re_flags', null), 'RegexFlag'));
    }
  });
}

