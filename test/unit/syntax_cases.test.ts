// Newer syntax (assignment expressions), forbidden names (__debug__) and a few second-pass messages against CPython 3.11: the AST with
// positions, or the SyntaxError from the parser or the symbol table, as recorded in
// fixtures/syntax_cases.json by fixtures/gen_syntax_cases.py.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../compiler/parse.js';
import { compile } from '../../compiler/compile.js';
import { astDump } from '../../compiler/ast_dump.js';
import { TpySyntaxError } from '../../compiler/syntax_error.js';

const cases = JSON.parse(readFileSync(new URL('./fixtures/syntax_cases.json', import.meta.url), 'utf8')) as Record<string, [string, string][]>;

/** What CPython's generator records: the dump with attributes after a successful compile, or the error. */
function outcome(src: string): string {
  try {
    const tree = parse(src, 'f');
    compile(src, 'f');
    return astDump(tree, { includeAttributes: true });
  } catch (e) {
    if (e instanceof TpySyntaxError) return `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.end_lineno}, ${e.end_offset})`;
    throw e;
  }
}

for (const [area, rows] of Object.entries(cases)) {
  describe(area, () => {
    for (const [src, want] of rows) {
      it(JSON.stringify(src), () => {
        expect(outcome(src)).toBe(want);
      });
    }
  });
}
