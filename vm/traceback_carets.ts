// The line of carets under a traceback entry's source line (PEP 657): which part of the line
// the failing instruction stands for, from its location in co_positions.
//
//   File "t.py", line 2, in f
//     return a + b[i]
//                ~^^^
//
// CPython 3.11 draws it in two places, with small differences kept here: the interpreter's
// report of an uncaught exception (traceback.c's tb_displayline) prints the source line with
// its trailing whitespace, and the traceback module (traceback.py's format_frame_summary)
// strips it, measuring from the stripped line. Both leave the carets out when they would
// underline the whole line and nothing stands out, and count a wide (East Asian) character
// as two columns.

import { EAST_ASIAN_WIDE } from './format/east_asian_wide.js';

/** Offsets in a segment (compiler/caret_anchors.ts finds them): the primary character before leftEnd and from rightStart on, the secondary one between. */
export interface CaretAnchors {
  leftEnd: number;
  rightStart: number;
  primary: string;
  secondary: string;
}

/** An instruction's location: lines 1-based, columns 0-based (in the line's characters). */
export interface EntryPosition {
  lineno: number;
  endLineno: number;
  colno: number;
  endColno: number;
}

/** Which of CPython's two printers to follow. */
export type CaretStyle = 'interpreter' | 'module';

/**
 * The caret line (with its newline) for `position` under `source` (the entry's source line as
 * read, without its newline), or '' when there is none. `anchors` parses a one-line segment.
 */
export function caretLine(
  source: string, position: EntryPosition, style: CaretStyle, anchors: (segment: string) => CaretAnchors | null,
  lineEnded = true,
): string {
  const { lineno, endLineno, colno, endColno } = position;
  if (lineno < 0 || endLineno < 0 || colno < 0 || endColno < 0) return '';
  const start = colno;
  let end = endColno;
  const segment = source.slice(start, end);
  let a: CaretAnchors | null = null;
  if (lineno === endLineno) {
    try {
      a = anchors(segment);
    } catch {
      a = null;
    }
  } else {
    // A multi-line expression: up to the last character of this line.
    end = style === 'interpreter' ? source.replace(/[ \t\f]+$/, '').length : (source + '\n').replace(/\s+$/, '').length;
  }
  const secondary = a !== null && a.rightStart - a.leftEnd > 0;
  let row: string;
  if (style === 'interpreter') {
    // tb_displayline: the line is shown without its indentation (spaces, tabs, form feeds).
    const indent = source.length - source.replace(/^[ \t\f]+/, '').length;
    if (end - start === source.length - indent && a === null) return '';
    row = ' '.repeat(Math.max(0, 4 + displayWidth(source, start) - displayWidth(source, indent)));
  } else {
    // format_frame_summary: measured against the stripped line, its newline counted as stripped.
    const original = lineEnded ? `${source}\n` : source;
    const stripped = source.trim();
    const strippedCharacters = original.length - stripped.length;
    if (!(end - start < stripped.length || secondary)) return '';
    row = `    ${' '.repeat(Math.max(0, displayWidth(original, start) + 1 - strippedCharacters))}`;
  }
  const dpStart = displayWidth(source, start);
  const dpEnd = displayWidth(source, end);
  if (a !== null) {
    const leftEnd = displayWidth(segment, a.leftEnd);
    const rightStart = displayWidth(segment, a.rightStart);
    row += a.primary.repeat(Math.max(0, leftEnd)) + a.secondary.repeat(Math.max(0, rightStart - leftEnd)) +
      a.primary.repeat(Math.max(0, dpEnd - dpStart - rightStart));
  } else {
    row += '^'.repeat(Math.max(0, dpEnd - dpStart));
  }
  return `${row}\n`;
}

/** The columns the first `offset` characters of `s` take on a terminal: two for each wide one. */
export function displayWidth(s: string, offset: number): number {
  let width = 0;
  for (let i = 0; i < offset && i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    // (CPython's table says F for unassigned code points too: they count as wide.)
    width += cp >= 0x80 && isWide(cp) ? 2 : 1;
  }
  return width + Math.max(0, offset - s.length);
}

function isWide(cp: number): boolean {
  const r = EAST_ASIAN_WIDE;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}
