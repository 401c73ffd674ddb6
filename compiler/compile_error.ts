// Compile-time SyntaxErrors raised by the symbol table and the code generator, located as CPython 3.11 locates them.

import type * as ast from './ast.js';
import { Source, TpySyntaxError } from './syntax_error.js';

/**
 * A SyntaxError spanning `loc` (CPython 3.11 reports compiler errors with the node's
 * range: 1-based offsets of UTF-8 bytes, as its AST counts columns, the source line with its newline).
 */
export function compileError(source: Source, msg: string, loc: ast.Location): TpySyntaxError {
  const offset = source.byteColumn(loc.lineno, loc.col_offset + 1);
  const endOffset = source.byteColumn(loc.end_lineno, loc.end_col_offset + 1);
  return withoutPseudoFileText(source.error('SyntaxError', msg, loc.lineno, offset, loc.end_lineno, endOffset));
}

/** A SyntaxError at the start of `loc` only (CPython gives no end position for these). */
export function compileErrorAtStart(source: Source, msg: string, loc: ast.Location): TpySyntaxError {
  return withoutPseudoFileText(source.error('SyntaxError', msg, loc.lineno, source.byteColumn(loc.lineno, loc.col_offset + 1), undefined, undefined));
}

/**
 * CPython's compiler and symbol table read an error's line back from the file named (the parser
 * quotes its own buffer): code compiled from a string under a name such as <string> shows none,
 * nor does code named after a file that does not exist; the SyntaxError a program sees gets its
 * text from the file (syntaxErrorException).
 */
function withoutPseudoFileText(e: TpySyntaxError): TpySyntaxError {
  if (e.filename.startsWith('<') && e.filename.endsWith('>')) e.text = null;
  e.textFromFile = true;
  return e;
}

/** An error of the symbol table pass: CPython sets its location as attributes only (`args` is `(msg,)`). */
export function symtableError(source: Source, msg: string, loc: ast.Location): TpySyntaxError {
  const e = compileError(source, msg, loc);
  e.locationInArgs = false;
  return e;
}
