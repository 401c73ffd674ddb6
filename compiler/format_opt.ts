// CPython 3.11's optimize_format (ast_opt.c): `'...%s...%r...' % (a, b)` with a constant
// string on the left and a tuple display (no starred item) on the right becomes the
// f-string f'...{a!s}...{b!r}...', so it compiles to FORMAT_VALUE/BUILD_STRING and a
// failing __str__/__repr__ is reported at the item, as CPython does. Only %s, %r and %a,
// with an optional '-' flag, width and precision of at most two digits each, are turned
// into f-string fields; any other format, or a count of items that does not match,
// leaves the expression a `%` operation.

import type * as ast from './ast.js';

/** Width and precision digits accepted (CPython's MAXDIGITS is 3: at most two digits). */
const MAX_DIGITS = 3;

interface ParsedUnit {
  spec: string;
  leftJustify: boolean;
  width: number;
  precision: number;
  end: number;
}

/** The format unit after a '%' at `pos` (simple_format_arg_parse), or null when unsupported. */
function parseUnit(fmt: string, pos: number): ParsedUnit | null {
  let leftJustify = false;
  let width = -1;
  let precision = -1;
  let ch: string;
  const next = (): boolean => {
    if (pos >= fmt.length) return false;
    ch = fmt[pos++];
    return true;
  };
  for (;;) {
    if (!next()) return null;
    if (ch! === '-') leftJustify = true;
    else if (ch! !== '+' && ch! !== ' ' && ch! !== '#' && ch! !== '0') break;
  }
  if (ch! >= '0' && ch! <= '9') {
    width = 0;
    let digits = 0;
    while (ch! >= '0' && ch! <= '9') {
      width = width * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAX_DIGITS) return null;
    }
  }
  if (ch! === '.') {
    if (!next()) return null;
    precision = 0;
    let digits = 0;
    while (ch! >= '0' && ch! <= '9') {
      precision = precision * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAX_DIGITS) return null;
    }
  }
  return { spec: ch!, leftJustify, width, precision, end: pos };
}

function strConstant(value: string, at: ast.Location): ast.Constant {
  return { kind: 'Constant', value: { type: 'str', value }, kind_: null, ...location(at) };
}

function location(at: ast.Location): ast.Location {
  return { lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset };
}

/** The f-string `fmt % (items)` stands for, or null when CPython keeps the `%` operation. */
export function formatAsJoinedStr(node: ast.BinOp, fmt: string, items: ast.expr[]): ast.JoinedStr | null {
  const values: (ast.Constant | ast.FormattedValue)[] = [];
  let pos = 0;
  let used = 0;
  for (;;) {
    // The literal text up to the next lone '%' ('%%' stands for '%').
    let literal = '';
    while (pos < fmt.length) {
      if (fmt[pos] !== '%') literal += fmt[pos++];
      else if (pos + 1 < fmt.length && fmt[pos + 1] === '%') {
        literal += '%';
        pos += 2;
      } else break;
    }
    if (literal !== '') values.push(strConstant(literal, node));
    if (pos >= fmt.length) break;
    if (used >= items.length) return null;
    const unit = parseUnit(fmt, pos + 1);
    const item = items[used++];
    if (unit === null || (unit.spec !== 's' && unit.spec !== 'r' && unit.spec !== 'a')) return null;
    pos = unit.end;
    let spec = '';
    if (!unit.leftJustify && unit.width > 0) spec += '>';
    if (unit.width >= 0) spec += String(unit.width);
    if (unit.precision >= 0) spec += `.${unit.precision}`;
    values.push({
      kind: 'FormattedValue',
      value: item,
      conversion: unit.spec.charCodeAt(0),
      format_spec: spec === '' ? null : { kind: 'JoinedStr', values: [strConstant(spec, item)], ...location(item) },
      ...location(item),
    });
  }
  if (used < items.length) return null;
  return { kind: 'JoinedStr', values, ...location(node) };
}
