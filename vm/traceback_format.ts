// Formats exceptions and tracebacks exactly as CPython 3.11 prints them (without the caret lines).

import { readFileSync } from 'node:fs';
import type { PyObject } from './objects/object.js';
import { PyBaseException, SyntaxError as SyntaxErrorType } from './objects/exceptions.js';
import { PyTraceback } from './objects/traceback.js';
import { None } from './objects/singletons.js';
import { str } from './ops/convert.js';
import type { VM } from './vm.js';

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

/** The "  File ..., line N, in NAME" entries of a traceback chain, with repeated frames collapsed. */
export function formatTracebackEntries(vm: VM, tb: PyTraceback | null): string {
  let out = '';
  let lastKey: string | null = null;
  let count = 0;
  const flushRepeats = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  for (let t = tb; t !== null; t = t.tb_next) {
    const code = t.tb_frame.f_code;
    const key = `${code.co_filename}\0${t.tb_lineno}\0${code.co_name}`;
    if (key === lastKey) {
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
    } else {
      flushRepeats();
      lastKey = key;
      count = 1;
    }
    out += `  File "${code.co_filename}", line ${t.tb_lineno}, in ${code.co_name}\n`;
    const line = vm.sources.line(code.co_filename, t.tb_lineno);
    if (line !== null && line.trim() !== '') out += `    ${line.trim()}\n`;
  }
  flushRepeats();
  return out;
}

function typeLabel(exc: PyBaseException): string {
  const t = exc.cls;
  const mod = t.module;
  return mod === '__main__' || mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
}

function safeStr(vm: VM, exc: PyBaseException): string {
  try {
    return str(vm, exc);
  } catch {
    return `<exception str() failed>`;
  }
}

function attr(exc: PyBaseException, name: string): PyObject | undefined {
  return exc.attrs?.get(name) ?? exc.dict?.getStr(name);
}

/** The last lines: `Type: message`, or for SyntaxError the file/line/source/caret block first. */
export function formatExceptionOnly(vm: VM, exc: PyBaseException): string {
  const label = typeLabel(exc);
  if (exc.cls.isSubtypeOf(SyntaxErrorType)) {
    const filename = attr(exc, 'filename');
    const lineno = attr(exc, 'lineno');
    const text = attr(exc, 'text');
    const offset = attr(exc, 'offset');
    const endOffset = attr(exc, 'end_offset');
    const msg = attr(exc, 'msg');
    let out = '';
    if (typeof lineno === 'number') {
      out += `  File "${typeof filename === 'string' ? filename : '<string>'}", line ${lineno}\n`;
    }
    if (typeof text === 'string') {
      const rtext = text.replace(/\n+$/, '');
      const ltext = rtext.replace(/^[ \n\f]+/, '');
      const spaces = rtext.length - ltext.length;
      out += `    ${ltext}\n`;
      if (typeof offset === 'number') {
        let end = typeof endOffset === 'number' && endOffset !== 0 ? endOffset : offset;
        if (end === offset || end === -1) end = offset + 1;
        const col = offset - 1 - spaces;
        const endCol = end - 1 - spaces;
        if (col >= 0) {
          const caretSpace = [...ltext.slice(0, col)].map((c) => (/\s/.test(c) ? c : ' ')).join('');
          out += `    ${caretSpace}${'^'.repeat(Math.max(1, endCol - col))}\n`;
        }
      }
    }
    const m = typeof msg === 'string' && msg !== '' ? msg : '<no detail available>';
    return out + `${label}: ${m}\n`;
  }
  const s = safeStr(vm, exc);
  return s === '' ? `${label}\n` : `${label}: ${s}\n`;
}

/** The whole report for an uncaught exception, causes and contexts first (traceback.print_exception). */
export function formatException(vm: VM, exc: PyBaseException, seen = new Set<PyBaseException>()): string {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && !seen.has(exc.cause)) {
    out += formatException(vm, exc.cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    out += formatException(vm, exc.context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (exc.traceback !== null) {
    out += 'Traceback (most recent call last):\n';
    out += formatTracebackEntries(vm, exc.traceback);
  }
  out += formatExceptionOnly(vm, exc);
  return out;
}

export { None };
