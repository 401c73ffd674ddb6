// The compiler's entry points: source or AST to a module Code object (parse, future statements, constant folding, symbol table, code generation).

import type * as ast from './ast.js';
import type { Code } from '../vm/code.js';
import { parse, type TokenizerWarning } from './parse.js';
import { Source, TpySyntaxError } from './syntax_error.js';
import { compileError, compileErrorAtStart } from './compile_error.js';
import { optimizeAst } from './ast_opt.js';
import { buildSymtable } from './symtable.js';
import { Compiler, compileMod, CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL } from './codegen.js';
import { isDocstring } from './codegen.js';
import { exceedsCompileDepth, type DepthBudget } from './compile_depth.js';
import { newException, RecursionError } from '../vm/objects/exceptions.js';
import { findSyntaxWarnings, type SyntaxWarningAt } from './syntax_warnings.js';

export type CompileMode = 'exec' | 'eval' | 'single';

/**
 * Receives the SyntaxWarnings of code that compiled, in CPython's order, and how to make one the
 * SyntaxError CPython raises instead when a warnings filter says 'error'.
 */
export type WarningSink = (warnings: SyntaxWarningAt[], asError: (w: SyntaxWarningAt) => TpySyntaxError) => void;

/**
 * Compiles source text: 'exec' a module, 'eval' one expression (the code returns
 * its value), 'single' one interactive statement (expression values are printed).
 * Throws TpySyntaxError. `optimize` is -O's level (compileAst).
 */
export function compile(
  source: string, filename: string, mode: CompileMode = 'exec', fileInput = false, onWarnings?: WarningSink, optimize = 0, depth?: DepthBudget,
): Code {
  const tree = parseShowingWarnings(source, filename, mode, fileInput, onWarnings);
  return compileAst(tree, filename, mode, source, onWarnings, optimize, depth);
}

/**
 * parse(), with the tokenizer's SyntaxWarnings given to `onWarnings`: CPython's tokenizer warns
 * as it reads, so they come before the compiler's warnings, and before a SyntaxError too.
 */
export function parseShowingWarnings(source: string, filename: string, mode: CompileMode, fileInput: boolean, onWarnings?: WarningSink): ast.mod {
  if (onWarnings === undefined) return parse(source, filename, mode, fileInput);
  const tokenizerWarnings: TokenizerWarning[] = [];
  try {
    return parse(source, filename, mode, fileInput, tokenizerWarnings);
  } finally {
    if (tokenizerWarnings.length > 0) emitTokenizerWarnings(tokenizerWarnings, onWarnings);
  }
}

function emitTokenizerWarnings(warnings: TokenizerWarning[], onWarnings: WarningSink): void {
  const errors = new Map<SyntaxWarningAt, TpySyntaxError>();
  const shown = warnings.map((w) => {
    const e = w.error;
    const at: SyntaxWarningAt = {
      lineno: w.lineno,
      message: w.message,
      loc: { lineno: w.lineno, col_offset: e.offset - 1, end_lineno: w.lineno, end_col_offset: e.offset - 1 },
    };
    errors.set(at, e);
    return at;
  });
  onWarnings(shown, (w) => errors.get(w)!);
}

/**
 * Compiles a parsed tree (Module for 'exec', Expression for 'eval', Interactive for
 * 'single'; the tree's kind decides, `mode` is accepted for symmetry with compile()).
 * `source` only serves to quote the offending line in SyntaxErrors. `optimize`: -O's level
 * (1: no asserts, `__debug__` is False; 2: no docstrings either).
 */
export function compileAst(
  tree: ast.mod, filename: string, _mode: CompileMode = 'exec', source = '', onWarnings?: WarningSink, optimize = 0, depth?: DepthBudget,
): Code {
  if (depth !== undefined && exceedsCompileDepth(tree, depth)) {
    throw newException(RecursionError, 'maximum recursion depth exceeded during compilation');
  }
  const src = new Source(source, filename, false, tree.kind === 'Module');
  const future = futureFeatures(tree, src);
  const folded = optimizeAst(tree, optimize, (future.flags & CO_FUTURE_ANNOTATIONS) !== 0);
  const st = buildSymtable(folded, src, (future.flags & CO_FUTURE_ANNOTATIONS) !== 0);
  const c = new Compiler(st, filename, src, {
    interactive: tree.kind === 'Interactive',
    futureFlags: future.flags,
    futureLineno: future.lineno,
    optimize,
  });
  const code = compileMod(c, folded);
  if (onWarnings !== undefined) {
    const warnings = findSyntaxWarnings(folded);
    if (warnings.length > 0) onWarnings(warnings, (w) => compileError(src, w.message, w.loc));
  }
  return code;
}

/** CPython's future.c sets the location as attributes only, with no end column. */
function futureError(src: Source, msg: string, loc: ast.Location): TpySyntaxError {
  const e = compileErrorAtStart(src, msg, loc);
  e.locationInArgs = false;
  e.endOffsetNone = true;
  return e;
}

const MANDATORY_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'generator_stop',
]);

/**
 * The `from __future__ import ...` statements at the top of a module (future.c):
 * their CO_FUTURE_* flags and the line of the last one. A later one is an error,
 * reported when the code generator reaches it.
 */
function futureFeatures(mod: ast.mod, src: Source): { flags: number; lineno: number } {
  let flags = 0;
  let lineno = -1;
  if (mod.kind === 'Expression' || !mod.body.length) return { flags, lineno };
  let done = false;
  let prevLine = 0;
  let i = isDocstring(mod.body[0]) ? 1 : 0;
  for (; i < mod.body.length; i++) {
    const s = mod.body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s.kind === 'ImportFrom' && s.module === '__future__') {
      if (done) throw compileError(src, 'from __future__ imports must occur at the beginning of the file', s);
      for (const alias of s.names) {
        const feature = alias.name;
        if (MANDATORY_FEATURES.has(feature)) continue;
        if (feature === 'barry_as_FLUFL') flags |= CO_FUTURE_BARRY_AS_BDFL;
        else if (feature === 'annotations') flags |= CO_FUTURE_ANNOTATIONS;
        else throw futureError(src, feature === 'braces' ? 'not a chance' : `future feature ${feature} is not defined`, s);
      }
      lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return { flags, lineno };
}
