// Whether source that failed (or succeeded) to compile is only unfinished: the REPL's and codeop's shared test.
//
// CPython's tokenizer tells "incomplete input" from other errors by where it ran out of
// text; tpy tells it from the SyntaxError's message, which names what was still open.
// The REPL (bin/repl.ts) uses these to decide whether to keep reading lines, and
// compile() uses them for PyCF_ALLOW_INCOMPLETE_INPUT / PyCF_DONT_IMPLY_DEDENT, the
// flags codeop (and so code.InteractiveConsole and pdb's interact) compiles with.

/** compile() flags from CPython's compile.h: codeop passes both. */
export const PyCF_DONT_IMPLY_DEDENT = 0x200;
export const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;

/** Syntax errors that mean "the statement is not finished yet": more lines could complete it. */
const UNFINISHED = /unexpected EOF|was never closed|expected an indented block|incomplete input|unterminated triple-quoted|EOF while scanning|EOF in multi-line|expected 'except' or 'finally' block/i;

/** Of those, the ones inside an open bracket or triple-quoted string, where a blank line does not end the statement. */
const OPEN_BRACKET = /was never closed|unterminated triple-quoted|EOF in multi-line/i;

export function isUnfinishedMessage(msg: string): boolean {
  return UNFINISHED.test(msg);
}

export function isOpenBracketMessage(msg: string): boolean {
  return OPEN_BRACKET.test(msg);
}

/** Whether a first line opens a compound statement, which only a blank line (or a dedent) ends. */
export function opensBlock(line: string): boolean {
  const s = line.trim();
  if (s.startsWith('@')) return true;
  if (/^(if|elif|else|for|while|def|class|with|try|except|finally|async|match)\b/.test(s)) return true;
  return s.endsWith(':');
}

/** Decorator lines alone are waiting for their def or class (tpy's parser reports them as invalid syntax). */
export function onlyDecorators(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '');
  return filled.length > 0 && filled.every((l) => l.trim().startsWith('@'));
}

/**
 * For compile() with PyCF_ALLOW_INCOMPLETE_INPUT: whether a SyntaxError with this message,
 * from this source, is to be reported as "incomplete input".
 */
export function errorIsIncomplete(source: string, msg: string): boolean {
  const lines = source.split('\n');
  // Nothing but blank lines and comments: the statement has not started.
  const empty = lines.every((l) => l.trim() === '' || l.trim().startsWith('#'));
  return empty || isUnfinishedMessage(msg) || onlyDecorators(lines);
}

/**
 * For compile() with PyCF_DONT_IMPLY_DEDENT: source that compiled but whose compound
 * statement has not been ended by a final newline is still incomplete (CPython does not
 * close the open blocks at the end of such input).
 */
export function compiledButOpen(source: string): boolean {
  if (source.endsWith('\n')) return false;
  const first = source.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return first !== undefined && opensBlock(first);
}
