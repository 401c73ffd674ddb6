// Formats exceptions and tracebacks exactly as CPython 3.11 prints them, with the caret lines
// under the source lines (vm/traceback_carets.ts).

import { readFileSync } from 'node:fs';
import type { PyObject } from './objects/object.js';
import { PyBaseException, SyntaxError as SyntaxErrorType } from './objects/exceptions.js';
import { PyTraceback } from './objects/traceback.js';
import { None } from './objects/singletons.js';
import { PyModule } from './objects/module.js';
import { str } from './ops/convert.js';
import type { VM } from './vm.js';
import { offerSuggestion } from './suggestions.js';
import { caretLine, type CaretStyle, type EntryPosition } from './traceback_carets.js';

/** Source lines by file name, for the lines printed under each traceback entry (linecache). */
export class SourceCache {
  private files = new Map<string, string[] | null>();

  register(filename: string, source: string): void {
    this.files.set(filename, source.split(/\r\n|\r|\n/));
  }

  line(filename: string, lineno: number): string | null {
    let lines = this.files.get(filename);
    if (lines === undefined) {
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
  /** Where in it the failing instruction is (a traceback's entries; not a stack's). */
  position?: EntryPosition | null;
}

/** The entries of a traceback chain, oldest first (traceback.extract_tb), at most `limit` of them. */
export function extractTraceback(vm: VM, tb: PyTraceback | null, limit: number | null = null): FrameEntry[] {
  const out: FrameEntry[] = [];
  for (let t = tb; t !== null; t = t.tb_next) {
    const code = t.tb_frame.f_code;
    if (code.hiddenFrame) continue;
    if (limit !== null && out.length >= limit) break;
    const line = vm.sources.line(code.co_filename, t.tb_lineno);
    const [lineno, endLineno, colno, endColno] = code.positionAt(t.tb_lasti);
    out.push({
      filename: code.co_filename, lineno: t.tb_lineno, name: code.co_name, line: line === null ? null : line.trim(),
      source: line, position: vm.debugRanges && lineno === t.tb_lineno ? { lineno, endLineno, colno, endColno } : null,
    });
  }
  return out;
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
      if (e.position && source !== null) entry += caretLine(source, e.position, style, vm.caretAnchors);
    }
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

function attr(exc: PyBaseException, name: string): PyObject | undefined {
  return exc.attrs?.get(name) ?? exc.dict?.getStr(name);
}

/**
 * The source line and caret of a SyntaxError, as pythonrun.c's print_error_text:
 * only an exact SyntaxError gets a caret range; its subclasses get one caret.
 */
function syntaxErrorText(exc: PyBaseException, text: string, lineno: number): string {
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
  let out = `    ${t}`;
  if (t[len] !== '\n') out += '\n';
  if (off < 0) return out;
  return out + `    ${' '.repeat(off)}${'^'.repeat(carets)}\n`;
}

/** The last lines: `Type: message`, or for SyntaxError the file/line/source/caret block first. */
export function formatExceptionOnly(vm: VM, exc: PyBaseException): string {
  const label = typeLabel(exc);
  let out = '';
  let value: PyObject = exc;
  if (exc.cls.isSubtypeOf(SyntaxErrorType) && attr(exc, 'lineno') !== undefined) {
    const filename = attr(exc, 'filename');
    const lineno = attr(exc, 'lineno');
    const text = attr(exc, 'text');
    const ln = typeof lineno === 'number' ? lineno : 0;
    out += `  File "${typeof filename === 'string' ? filename : '<string>'}", line ${ln}\n`;
    if (typeof text === 'string') out += syntaxErrorText(exc, text, ln);
    value = attr(exc, 'msg') ?? None;
  }
  out += label;
  if (value !== None) {
    const s = safeStr(vm, value);
    if (s === null) out += ': <exception str() failed>';
    else if (s !== '') out += `: ${s}`;
  }
  const suggestion = offerSuggestion(vm, exc);
  if (suggestion !== null) out += `. Did you mean: '${suggestion}'?`;
  return out + '\n';
}

/** Which entries of a traceback to print (none: no "Traceback" header either). */
type EntryPicker = (tb: PyTraceback) => FrameEntry[];

/**
 * The whole report for an exception, causes and contexts first, as the list of
 * strings traceback.format_exception returns (join them to print).
 */
/**
 * The traceback module's lines for `exc` and its chain. `traceback`, when given, stands for
 * the outermost exception's own (format_exception(type, value, tb) with a tb of the caller's
 * choosing, None for none); the chained exceptions always show theirs.
 */
export function formatExceptionLines(vm: VM, exc: PyBaseException, chain = true, limit: number | null = null, traceback?: PyTraceback | null): string[] {
  return formatChain(vm, exc, chain, (tb) => extractTraceback(vm, tb, limit), new Set(), 'module', traceback);
}

function formatChain(vm: VM, exc: PyBaseException, chain: boolean, pick: EntryPicker, seen: Set<PyBaseException>, style: CaretStyle, traceback = exc.traceback): string[] {
  seen.add(exc);
  const out: string[] = [];
  if (chain) {
    if (exc.cause !== null && !seen.has(exc.cause)) {
      out.push(...formatChain(vm, exc.cause, chain, pick, seen, style));
      out.push('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
      out.push(...formatChain(vm, exc.context, chain, pick, seen, style));
      out.push('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
  }
  const entries = traceback === null ? [] : pick(traceback);
  if (entries.length > 0) {
    out.push('Traceback (most recent call last):\n');
    out.push(...formatEntries(vm, entries, style));
  }
  out.push(formatExceptionOnly(vm, exc));
  return out;
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
  return formatChain(vm, exc, true, pick, new Set(), 'interpreter').join('');
}

function uncaughtTracebackLimit(vm: VM): number {
  const sys = vm.modules.getStr('sys');
  const v = sys instanceof PyModule ? sys.dict.getStr('tracebacklimit') : undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v > 0n ? Infinity : 0;
  return DEFAULT_TRACEBACK_LIMIT;
}
