// A TpySyntaxError found by the compiler, as the tpy SyntaxError (IndentationError, TabError) a program sees.

import { TpySyntaxError } from './syntax_error.js';
import { programText, type ProgramTextReader } from './program_text.js';
import { None } from '../vm/objects/singletons.js';
import { newTuple } from '../vm/objects/tuple.js';
import {
  PyBaseException, newException, SyntaxError as SyntaxErrorType, IndentationError, TabError,
} from '../vm/objects/exceptions.js';

/**
 * `readText` finds the line of a file for the errors whose text CPython reads from the file
 * (by default relative to the process's directory; a VM resolves names against its own).
 */
export function syntaxErrorException(e: TpySyntaxError, readText: ProgramTextReader = programText): PyBaseException {
  if (e.textFromFile) e.text = readText(e.filename, e.lineno);
  else if (e.textFromFileIfAny) e.text = readText(e.filename, e.lineno) ?? e.text;
  if (e.columnsWithinText && e.text !== null) {
    const cap = [...e.text].length + 1;
    if (e.offset > cap) e.offset = cap;
    if (e.end_offset !== undefined && e.end_offset > cap) e.end_offset = cap;
  }
  const cls = e.kind === 'IndentationError' ? IndentationError : e.kind === 'TabError' ? TabError : SyntaxErrorType;
  const endOffset = e.endOffsetNone ? None : e.end_offset ?? e.offset;
  const details = newTuple([e.filename, e.lineno, e.offset, e.text ?? None, e.end_lineno ?? e.lineno, endOffset]);
  const exc = e.locationInArgs ? newException(cls, e.msg, details) : newException(cls, e.msg);
  const attrs = (exc.attrs ??= new Map());
  attrs.set('msg', e.msg);
  attrs.set('filename', e.filename);
  attrs.set('lineno', e.lineno);
  attrs.set('offset', e.offset);
  attrs.set('text', e.text ?? None);
  attrs.set('end_lineno', e.end_lineno ?? e.lineno);
  attrs.set('end_offset', endOffset);
  attrs.set('print_file_and_line', None);
  return exc;
}

/** Runs a compiler step, its TpySyntaxError turned into the tpy exception. */
export function withSyntaxErrors<T>(step: () => T, readText?: ProgramTextReader): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof TpySyntaxError) throw syntaxErrorException(e, readText);
    throw e;
  }
}

/** As CPython 3.11.7's compile() of a string (exec, eval, import too): a SyntaxError with no location. */
export function checkNoNullBytes(source: string): void {
  if (source.includes('\0')) throw newException(SyntaxErrorType, 'source code string cannot contain null bytes');
}
