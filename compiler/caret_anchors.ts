// Where a traceback's caret line changes character inside the code an instruction stands for
// (CPython 3.11's traceback.py _extract_caret_anchors_from_line_segment): the operator of a
// binary operation and the brackets of a subscript get `^`, the rest `~`.
//
//     return a + b + c           x = values[key]
//            ~~~~~~^~~               ~~~~~~^^^^^

import { parse } from './parse.js';
import type { CaretAnchors } from '../vm/traceback_carets.js';

const isSpace = (ch: string) => /\s/.test(ch);

/** The anchors of `segment` (one line of source), or null when it is not a binary operation or a subscript. */
export function caretAnchors(segment: string): CaretAnchors | null {
  let tree;
  try {
    tree = parse(segment, '<string>', 'exec');
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const statement = tree.body[0];
  if (statement.kind !== 'Expr') return null;
  const e = statement.value;
  if (e.kind === 'BinOp') {
    const operator = segment.slice(e.left.end_col_offset, e.right.col_offset);
    const offset = operator.length - operator.trimStart().length;
    let left = e.left.end_col_offset + offset;
    let right = left + 1;
    if (offset + 1 < operator.length && !isSpace(operator[offset + 1])) right++;
    // Past a parenthesis closing the left operand, or a comment.
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return { leftEnd: left, rightStart: right, primary: '~', secondary: '^' };
  }
  if (e.kind === 'Subscript') {
    let left = e.value.end_col_offset;
    let right = e.slice.end_col_offset + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return { leftEnd: left, rightStart: right, primary: '~', secondary: '^' };
  }
  return null;
}
