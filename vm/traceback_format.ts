// Formats exceptions and tracebacks exactly as CPython 3.11 prints them, with the caret lines
// under the source lines (vm/traceback_carets.ts).

import { readFileSync } from 'node:fs';
import type { PyObject } from './objects/object.js';
import { PyBaseException, PyBaseExceptionGroup, SyntaxError as SyntaxErrorType } from './objects/exceptions.js';
import { PyDict } from './objects/dict.js';
import { PyTuple } from './objects/tuple.js';
import { PyList } from './objects/list.js';
import { PyTraceback } from './objects/traceback.js';
import { None } from './objects/singletons.js';
import { PyModule } from './objects/module.js';
import { str, repr } from './ops/convert.js';
import { getAttrOpt } from './ops/attribute.js';
import { typeOf } from './ops/typeof.js';
import { toArray } from './ops/sequence.js';
import type { VM } from './vm.js';
import type { Frame } from './frame.js';
import { offerSuggestion } from './suggestions.js';
import { caretLine, type CaretStyle, type EntryPosition } from './traceback_carets.js';
import { ESCAPED_BYTE } from './source_bytes.js';

/** Source lines by file name, for the lines printed under each traceback entry (linecache). */
export class SourceCache {
  /** A file's lines; its whole text until a line of it is first asked for (most never are). */
  private files = new Map<string, string | string[] | null>();

  register(filename: string, source: string): void {
    this.files.set(filename, source);
  }

  line(filename: string, lineno: number): string | null {
    let lines = this.files.get(filename);
    if (typeof lines === 'string') {
      // A file with bytes that are not UTF-8 (kept as lone surrogates) has no lines for
      // CPython's linecache, which cannot decode it.
      lines = ESCAPED_BYTE.test(lines) ? null : lines.split(/\r\n|\r|\n/);
      this.files.set(filename, lines);
    } else if (lines === undefined) {
      try {
        lines = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
      } catch {
        lines = null;
      }
      this.files.set(filename, lines);
    }
    if (lines === null || lineno < 1 || lineno > lines.length) return null;
    return lines[lineno - 1];
  }
}

/**
 * A source line as the traceback module reads it: through linecache.getline, which looks in
 * linecache.cache first, where timeit, doctest and IPython put the source of code compiled
 * from strings under made-up file names. (The interpreter's own report of an uncaught
 * exception reads only the file, as CPython 3.11's C printer does.) When linecache was never
 * imported nothing can be in its cache, and the file is read as for the interpreter.
 * The line comes with its line end, if it has one (lines put in the cache by hand may not).
 */
export function moduleSourceLine(vm: VM, filename: string, lineno: number): string | null {
  const linecache = vm.modules.getStr('linecache');
  const cache = linecache instanceof PyModule ? linecache.dict.getStr('cache') : undefined;
  if (cache instanceof PyDict && cache.size > 0) {
    // An entry (size, mtime, lines, fullname); one of a single item is a lazily loaded module's.
    const entry = cache.getStr(filename);
    const lines = entry instanceof PyTuple && entry.items.length >= 3 ? entry.items[2] : undefined;
    if (lines instanceof PyList) {
      const line = lineno >= 1 && lineno <= lines.items.length ? lines.items[lineno - 1] : '';
      // getline('') shows no line.
      return typeof line === 'string' && line !== '' ? line : null;
    }
  }
  const line = vm.sources.line(filename, lineno);
  return line === null ? null : `${line}\n`;
}

const RECURSIVE_CUTOFF = 3;

/** One traceback entry as traceback.FrameSummary holds it. */
export interface FrameEntry {
  filename: string;
  lineno: number;
  name: string;
  /** The stripped source line, or null when unavailable. */
  line: string | null;
  /** The source line as read (without its newline), for the caret line. */
  source?: string | null;
  /** False for a line linecache.cache holds without a newline (the traceback module's carets then sit one further right, as CPython's do). */
  lineEnded?: boolean;
  /** Where in it the failing instruction is (a traceback's entries; not a stack's). */
  position?: EntryPosition | null;
  /** The frame's locals as repr() strings (FrameSummary.locals; capture_locals=True), or null. */
  locals?: Map<string, string> | null;
}

/** The repr() strings of a frame's locals, for capture_locals=True (stdlib/traceback.ts). */
export type LocalsCapture = (vm: VM, frame: Frame) => Map<string, string> | null;

/**
 * The entries a `limit` keeps of those a walk yields in order (StackSummary.extract): a limit of
 * N >= 0 the first N, a negative one the last -N, null all of them.
 */
export function limitEntries<T>(walked: T[], limit: number | null): T[] {
  if (limit === null) return walked;
  return limit >= 0 ? walked.slice(0, limit) : walked.slice(Math.max(0, walked.length + limit));
}

/** The traceback module's limit when the caller gives none: sys.tracebacklimit's, a negative one counting as 0. */
export function moduleLimit(vm: VM, limit: number | null): number | null {
  if (limit !== null) return limit;
  const sys = vm.modules.getStr('sys');
  const v = sys instanceof PyModule ? sys.dict.getStr('tracebacklimit') : undefined;
  if (typeof v === 'number') return Math.max(0, v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v > 0n ? null : 0;
  return null;
}

/** The entries of a traceback chain, oldest first (traceback.extract_tb), as `limit` keeps them. */
export function extractTraceback(
  vm: VM, tb: PyTraceback | null, limit: number | null = null, viaLinecache = false, captureLocals: LocalsCapture | null = null,
): FrameEntry[] {
  const out: FrameEntry[] = [];
  for (let t = tb; t !== null; t = t.tb_next) {
    const code = t.tb_frame.f_code;
    if (code.hiddenFrame) continue;
    if (limit !== null && limit >= 0 && out.length >= limit) break;
    let line: string | null;
    let lineEnded = true;
    if (viaLinecache) {
      const raw = moduleSourceLine(vm, code.co_filename, t.tb_lineno);
      line = raw === null ? null : raw.replace(/\r?\n$/, '');
      lineEnded = raw !== line;
    } else line = vm.sourceLinesGone ? null : vm.sources.line(code.co_filename, t.tb_lineno);
    const [lineno, endLineno, colno, endColno] = code.positionAt(t.tb_lasti);
    // The traceback module's FrameSummary.line is '' where linecache has no line.
    const shown = line === null ? (viaLinecache ? '' : null) : line.trim();
    out.push({
      filename: code.co_filename, lineno: t.tb_lineno, name: code.co_name, line: shown,
      source: line, lineEnded, position: vm.debugRanges && lineno === t.tb_lineno ? { lineno, endLineno, colno, endColno } : null,
      locals: captureLocals === null ? null : captureLocals(vm, t.tb_frame),
    });
  }
  return limitEntries(out, limit);
}

/**
 * traceback.format_list / StackSummary.format: one string per entry
 * ("  File ..., line N, in NAME\n    source\n"), runs of more than three
 * identical entries collapsed into "[Previous line repeated N more times]".
 */
export function formatEntries(vm: VM, entries: FrameEntry[], style: CaretStyle = 'module'): string[] {
  const out: string[] = [];
  let lastKey: string | null = null;
  let count = 0;
  const flushRepeats = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  for (const e of entries) {
    const key = `${e.filename}\0${e.lineno}\0${e.name}`;
    if (key === lastKey) {
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
    } else {
      flushRepeats();
      lastKey = key;
      count = 1;
    }
    let entry = `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
    if (e.line !== null && e.line !== '') {
      // The interpreter shows the line without its indentation only; the module strips it.
      const source = e.source ?? null;
      entry += style === 'interpreter' && source !== null ? `    ${source.replace(/^[ \t\f]+/, '')}\n` : `    ${e.line}\n`;
      if (e.position && source !== null) entry += caretLine(source, e.position, style, vm.caretAnchors, e.lineEnded ?? true);
    }
    if (e.locals) for (const name of [...e.locals.keys()].sort()) entry += `    ${name} = ${e.locals.get(name)}\n`;
    out.push(entry);
  }
  flushRepeats();
  return out;
}

export function formatTracebackEntries(vm: VM, tb: PyTraceback | null, style: CaretStyle = 'interpreter'): string {
  return formatEntries(vm, extractTraceback(vm, tb), style).join('');
}

/** The class as traceback.py names it: qualified by its module unless that is __main__ or builtins. */
function typeLabel(exc: PyBaseException): string {
  const t = exc.cls;
  const mod = t.isHeapType ? t.typeDict.get('__module__') : t.module;
  if (typeof mod !== 'string') return `<unknown>.${t.qualname}`;
  return mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
}

function safeStr(vm: VM, exc: PyObject): string | null {
  try {
    return str(vm, exc);
  } catch {
    return null;
  }
}

function safeRepr(vm: VM, o: PyObject): string | null {
  try {
    return repr(vm, o);
  } catch {
    return null;
  }
}

function attr(exc: PyBaseException, name: string): PyObject | undefined {
  return exc.attrs?.get(name) ?? exc.dict?.getStr(name);
}

/**
 * The source line and caret of a SyntaxError, as pythonrun.c's print_error_text:
 * only an exact SyntaxError gets a caret range; its subclasses get one caret.
 */
function syntaxErrorText(exc: PyBaseException, source: string, lineno: number): string {
  // CPython works on the line's UTF-8 bytes (the offsets of a file's errors count bytes), so the
  // lengths here are in bytes: one JS character per byte, turned back into text for display.
  const text = Buffer.from(source, 'utf8').toString('latin1');
  let offset = attr(exc, 'offset');
  let off = typeof offset === 'number' ? offset : -1;
  let endOff = -1;
  if (exc.cls === SyntaxErrorType) {
    const eo = attr(exc, 'end_offset');
    const el = attr(exc, 'end_lineno');
    endOff = typeof eo === 'number' ? eo : -1;
    if (typeof el === 'number' && el > lineno) endOff = text.length;
    if (endOff > text.length + 1) endOff = text.length + 1;
  }
  const carets = endOff > 0 && endOff > off ? endOff - off : 1;
  off--;
  let t = text;
  while (t.length > 0 && (t[0] === ' ' || t[0] === '\t' || t[0] === '\f')) {
    t = t.slice(1);
    off--;
  }
  let len = t.length;
  if (len > 0 && t[len - 1] === '\n') len--;
  if (off > len) off = len;
  for (;;) {
    const nl = t.indexOf('\n');
    if (nl < 0 || nl >= off) break;
    t = t.slice(nl + 1);
    len -= nl + 1;
    off -= nl + 1;
  }
  let out = `    ${Buffer.from(t, 'latin1').toString('utf8')}`;
  if (t[len] !== '\n') out += '\n';
  if (off < 0) return out;
  return out + `    ${' '.repeat(off)}${'^'.repeat(carets)}\n`;
}

/**
 * The last lines: `Type: message`, or for SyntaxError the file/line/source/caret block first.
 * Only the interpreter's report (PyErr_Display) adds "Did you mean"; 3.11's traceback module
 * and the unraisable hook do not.
 */
export function formatExceptionOnly(vm: VM, exc: PyBaseException, suggest = false, style: CaretStyle = 'interpreter'): string {
  return formatExceptionOnlyLines(vm, exc, suggest, style).join('');
}

/** formatExceptionOnly's text in the pieces the traceback module yields (a SyntaxError's one per line). */
export function formatExceptionOnlyLines(vm: VM, exc: PyBaseException, suggest = false, style: CaretStyle = 'interpreter'): string[] {
  const label = typeLabel(exc);
  if (style === 'module' && exc.cls.isSubtypeOf(SyntaxErrorType)) return moduleSyntaxError(vm, exc, label);
  return [interpreterExceptionOnly(vm, exc, label, suggest).map((p) => p.text).join('')];
}

/**
 * A piece of the interpreter's `Type: message` report; inside an exception group its printer
 * (pythonrun.c) writes the "| " margin only where `margined`, before the piece's first line.
 */
interface ReportPiece {
  text: string;
  margined: boolean;
}

function interpreterExceptionOnly(vm: VM, exc: PyBaseException, label: string, suggest: boolean): ReportPiece[] {
  const pieces: ReportPiece[] = [];
  let out = '';
  let value: PyObject = exc;
  if (exc.cls.isSubtypeOf(SyntaxErrorType) && attr(exc, 'lineno') !== undefined) {
    const filename = attr(exc, 'filename');
    const lineno = attr(exc, 'lineno');
    const text = attr(exc, 'text');
    const ln = typeof lineno === 'number' ? lineno : 0;
    pieces.push({ text: `  File "${typeof filename === 'string' ? filename : '<string>'}", line ${ln}\n`, margined: true });
    if (typeof text === 'string') pieces.push({ text: syntaxErrorText(exc, text, ln), margined: false });
    value = attr(exc, 'msg') ?? None;
  }
  out += label;
  if (value !== None) {
    const s = safeStr(vm, value);
    if (s === null) out += ': <exception str() failed>';
    else if (s !== '') out += `: ${s}`;
  }
  const suggestion = suggest ? offerSuggestion(vm, exc) : null;
  if (suggestion !== null) out += `. Did you mean: '${suggestion}'?`;
  pieces.push({ text: out + '\n', margined: true });
  return pieces;
}

/**
 * A SyntaxError as the traceback module formats it (TracebackException._format_syntax_error),
 * which differs from the interpreter's: every subclass gets its caret range, the offsets are not
 * clamped to the text, only spaces and form feeds are stripped, and with no line number the
 * file name follows the message.
 */
function moduleSyntaxError(vm: VM, exc: PyBaseException, label: string): string[] {
  const pyStr = (v: PyObject): string => safeStr(vm, v) ?? '';
  const lineno = attr(exc, 'lineno') ?? None;
  const filename = attr(exc, 'filename') ?? None;
  const text = attr(exc, 'text') ?? None;
  const out: string[] = [];
  let suffix = '';
  if (lineno !== None) {
    out.push(`  File "${filename === None || !truthyName(filename) ? '<string>' : pyStr(filename)}", line ${pyStr(lineno)}\n`);
  } else if (filename !== None) {
    suffix = ` (${pyStr(filename)})`;
  }
  if (text !== None) {
    const rtext = pyStr(text).replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out.push(`    ${ltext}\n`);
    const offset = attr(exc, 'offset');
    if (typeof offset === 'number') {
      const eo = attr(exc, 'end_offset');
      let endOffset = typeof eo === 'number' && eo !== 0 ? eo : offset;
      if (offset === endOffset || endOffset === -1) endOffset = offset + 1;
      const col = offset - 1 - spaces;
      const endCol = endOffset - 1 - spaces;
      if (col >= 0) {
        // Tabs and other whitespace stay, so the carets line up under them.
        const space = [...ltext].slice(0, col).map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out.push(`    ${space}${'^'.repeat(Math.max(0, endCol - col))}\n`);
      }
    }
  }
  // An exception made without SyntaxError.__init__ (newException) has its message only in args, as `msg` reads it.
  const msg = attr(exc, 'msg') ?? (exc.args.length > 0 ? exc.args[0]! : None);
  const m = msg === None ? '' : pyStr(msg);
  out.push(`${label}: ${m === '' && !truthyName(msg) ? '<no detail available>' : m}${suffix}\n`);
  return out;
}

/** Python truthiness of a str or None attribute (`self.filename or "<string>"`). */
function truthyName(v: PyObject): boolean {
  return v !== None && v !== '' && v !== false && v !== 0;
}

/** Which entries of a traceback to print (none: no "Traceback" header either). */
type EntryPicker = (tb: PyTraceback) => FrameEntry[];

/** How many sub-exceptions of a group are shown, and how deep nested groups are followed. */
export interface GroupLimits {
  width: number;
  depth: number;
}

/** The interpreter's limits, also traceback.TracebackException's defaults. */
const DEFAULT_GROUP_LIMITS: GroupLimits = { width: 15, depth: 10 };

/**
 * The state of one report (traceback._ExceptionPrintContext): the exceptions already shown,
 * how deep inside exception groups the text is (each level indents two spaces and draws a
 * "| " margin), and whether the innermost open group still owes its closing rule.
 */
interface ReportContext {
  chain: boolean;
  /**
   * The traceback module decides which causes and contexts to show before printing
   * (moduleReportTree); the interpreter decides as it prints, with `seen`.
   */
  moduleTree: boolean;
  pick: EntryPicker;
  style: CaretStyle;
  seen: Set<PyBaseException>;
  depth: number;
  needClose: boolean;
  limits: GroupLimits;
  out: string[];
}

/**
 * One appearance of an exception in a report with the chained exceptions it shows (null:
 * not shown) and, for a group, its members' appearances: traceback.TracebackException.
 */
interface ReportNode {
  exc: PyBaseException;
  cause: ReportNode | null;
  context: ReportNode | null;
  members: ReportNode[];
}

/**
 * The traceback module's tree for `root`: its walk takes appearances from a stack (the newest
 * first), and an appearance shows a cause or context only if the walk has not met that
 * exception yet. Where an exception is reachable twice (one cause of two sub-exceptions),
 * this decides which appearance shows it; the interpreter's depth-first printing may differ.
 */
function moduleReportTree(root: PyBaseException): ReportNode {
  const seen = new Set<PyBaseException>();
  const node = (exc: PyBaseException): ReportNode => {
    seen.add(exc);
    return { exc, cause: null, context: null, members: [] };
  };
  const top = node(root);
  const stack = [top];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const e = n.exc;
    if (e.cause !== null && !seen.has(e.cause)) n.cause = node(e.cause);
    // A suppressed context is walked too (it is only left out of the text).
    if (e.context !== null && !seen.has(e.context)) n.context = node(e.context);
    if (e instanceof PyBaseExceptionGroup) n.members = (e.exceptions.items as PyBaseException[]).map(node);
    if (n.cause !== null) stack.push(n.cause);
    if (n.context !== null) stack.push(n.context);
    stack.push(...n.members);
  }
  return top;
}

function indentOf(ctx: ReportContext): string {
  return ' '.repeat(2 * ctx.depth);
}

/** Adds `text` with every line (empty ones too) indented for the current group depth. */
function emit(ctx: ReportContext, text: string, margin = '|'): void {
  if (ctx.depth === 0) {
    ctx.out.push(text);
    return;
  }
  const prefix = `${indentOf(ctx)}${margin} `;
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  ctx.out.push(lines.map((line) => prefix + line).join(''));
}

/**
 * The lines for the exception's __notes__ (3.11): each note on its own lines (str() of a
 * note that is not a str); a __notes__ that is not a sequence shows as one value.
 */
export function formatNotes(vm: VM, exc: PyBaseException, style: CaretStyle = 'module'): string[] {
  let notes: PyObject | undefined;
  try {
    notes = getAttrOpt(vm, exc, '__notes__');
  } catch {
    notes = undefined;
  }
  if (notes === undefined || notes === None) return [];
  if (typeof notes === 'string' || typeOf(notes).lookup('__getitem__') === undefined || notes instanceof PyDict) {
    if (typeof notes !== 'string') {
      // The interpreter writes str(__notes__) without a newline; the module its repr on a line.
      if (style === 'interpreter') return [safeStr(vm, notes) ?? '<__notes__ str() failed>'];
      return [`${safeRepr(vm, notes) ?? '<__notes__ repr() failed>'}\n`];
    }
  }
  const out: string[] = [];
  let items: PyObject[];
  try {
    items = toArray(vm, notes);
  } catch {
    return [];
  }
  for (const note of items) {
    const text = typeof note === 'string' ? note : safeStr(vm, note) ?? '<note str() failed>';
    for (const line of text.split('\n')) out.push(`${line}\n`);
  }
  return out;
}

/** The exception's own lines after its traceback: `Type: message` and its notes. */
function emitExceptionOnly(vm: VM, ctx: ReportContext, exc: PyBaseException): void {
  if (ctx.style === 'interpreter' && ctx.depth > 0) {
    // The interpreter's printer puts the margin before the "File" line and the "Type: message"
    // line only: a SyntaxError's quoted line and carets, and a message's further lines, come
    // without it (the traceback module indents every line).
    for (const piece of interpreterExceptionOnly(vm, exc, typeLabel(exc), true)) {
      if (!piece.margined) ctx.out.push(piece.text);
      else {
        const nl = piece.text.indexOf('\n');
        emit(ctx, piece.text.slice(0, nl + 1));
        if (nl + 1 < piece.text.length) ctx.out.push(piece.text.slice(nl + 1));
      }
    }
  } else {
    for (const piece of formatExceptionOnlyLines(vm, exc, ctx.style === 'interpreter', ctx.style)) emit(ctx, piece);
  }
  for (const note of formatNotes(vm, exc, ctx.style)) emit(ctx, note);
}

/**
 * The lines for `exc` and its chain, causes and contexts first; an exception group shows its
 * sub-exceptions in numbered boxes below it, nested groups one level further in. The
 * interpreter's report and the traceback module both come here.
 */
function formatReport(vm: VM, node: ReportNode, ctx: ReportContext, traceback = node.exc.traceback): void {
  const exc = node.exc;
  ctx.seen.add(exc);
  // The interpreter's report decides here, against what it printed already.
  const cause = ctx.moduleTree ? node.cause : exc.cause !== null && !ctx.seen.has(exc.cause) ? leaf(exc.cause) : null;
  const context = ctx.moduleTree ? node.context : exc.context !== null && !ctx.seen.has(exc.context) ? leaf(exc.context) : null;
  if (ctx.chain) {
    if (cause !== null) {
      formatReport(vm, cause, ctx);
      emit(ctx, '\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (context !== null && !exc.suppressContext) {
      formatReport(vm, context, ctx);
      emit(ctx, '\nDuring handling of the above exception, another exception occurred:\n\n');
    }
  }
  const entries = traceback === null ? [] : ctx.pick(traceback);
  if (!(exc instanceof PyBaseExceptionGroup)) {
    if (entries.length > 0) {
      emit(ctx, 'Traceback (most recent call last):\n');
      for (const e of formatEntries(vm, entries, ctx.style)) emit(ctx, e);
    }
    emitExceptionOnly(vm, ctx, exc);
    return;
  }
  const { width: maxWidth, depth: maxDepth } = ctx.limits;
  if (ctx.depth > maxDepth) {
    emit(ctx, `... (max_group_depth is ${maxDepth})\n`);
    return;
  }
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  if (entries.length > 0) {
    emit(ctx, 'Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    for (const e of formatEntries(vm, entries, ctx.style)) emit(ctx, e);
  }
  emitExceptionOnly(vm, ctx, exc);
  const excs = ctx.moduleTree ? node.members : (exc.exceptions.items as PyBaseException[]).map(leaf);
  const shown = Math.min(excs.length, maxWidth + 1);
  ctx.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    // A nested group ending this one draws the closing rule itself.
    if (last) ctx.needClose = true;
    const truncated = i >= maxWidth;
    ctx.out.push(`${indentOf(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      formatReport(vm, excs[i], ctx);
    } else {
      const more = excs.length - maxWidth;
      emit(ctx, `and ${more} more exception${more > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(`${indentOf(ctx)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
}

function newReport(chain: boolean, pick: EntryPicker, style: CaretStyle, moduleTree = false, limits = DEFAULT_GROUP_LIMITS): ReportContext {
  return { chain, moduleTree, pick, style, seen: new Set(), depth: 0, needClose: false, limits, out: [] };
}

/** An appearance whose links the interpreter's report works out as it prints. */
function leaf(exc: PyBaseException): ReportNode {
  return { exc, cause: null, context: null, members: [] };
}

/**
 * The traceback module's lines for `exc` and its chain (traceback.format_exception). `traceback`,
 * when given, stands for the outermost exception's own (format_exception(type, value, tb) with a
 * tb of the caller's choosing, None for none); the chained exceptions always show theirs.
 */
export function formatExceptionLines(
  vm: VM, exc: PyBaseException, chain = true, limit: number | null = null, traceback?: PyTraceback | null, captureLocals: LocalsCapture | null = null,
  groupLimits: GroupLimits = DEFAULT_GROUP_LIMITS,
): string[] {
  const ctx = newReport(chain, (tb) => extractTraceback(vm, tb, limit, true, captureLocals), 'module', true, groupLimits);
  formatReport(vm, moduleReportTree(exc), ctx, traceback);
  return ctx.out;
}

/** PyTraceBack_LIMIT: how many entries the interpreter prints when sys.tracebacklimit is unset. */
const DEFAULT_TRACEBACK_LIMIT = 1000;

/**
 * The report the interpreter prints for an uncaught exception (PyErr_Display): unlike the
 * traceback module, it keeps the newest sys.tracebacklimit entries (1000 by default), and
 * a limit of zero or less drops the traceback section altogether.
 */
export function formatUncaughtException(vm: VM, exc: PyBaseException): string {
  const limit = uncaughtTracebackLimit(vm);
  const pick: EntryPicker = (tb) => {
    if (limit <= 0) return [];
    const entries = extractTraceback(vm, tb);
    return entries.length > limit ? entries.slice(entries.length - limit) : entries;
  };
  const ctx = newReport(true, pick, 'interpreter');
  formatReport(vm, leaf(exc), ctx);
  return ctx.out.join('');
}

function uncaughtTracebackLimit(vm: VM): number {
  const sys = vm.modules.getStr('sys');
  const v = sys instanceof PyModule ? sys.dict.getStr('tracebacklimit') : undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v > 0n ? Infinity : 0;
  return DEFAULT_TRACEBACK_LIMIT;
}
