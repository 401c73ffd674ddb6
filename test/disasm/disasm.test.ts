// Golden tests of the code generator: each test/disasm/NAME.py compiled, disassembled as
// CPython 3.7's dis.dis() prints it, and compared with NAME.dis beside it.
//
// The expected listings are CPython 3.7's bytecode for the same source (no python3.7
// runs here: they were checked by hand against 3.7's compile.c and peephole.c, and
// cpython37_reference.py against the listings in 3.7's Lib/test/test_dis.py).
// Code object addresses are masked as 0x.... Deliberate differences from 3.7 (marked
// DIVERGENCE: in the compiler) show here too: a dict comprehension evaluates its key
// before its value, as 3.8+ does (comprehensions.dis), and `continue` may appear in a
// `finally` block (continue_in_try.dis); a dict display or a call with `**` builds its dict
// as 3.9+ does, with DICT_UPDATE and DICT_MERGE where each `**` stands (unpacking.dis,
// calls.dis); try_star.dis is tpy's own `except*` (3.7 has none),
// with CHECK_EG_MATCH and PREP_RERAISE_STAR named after 3.11's; `assert` loads its exception
// with 3.9+'s LOAD_ASSERTION_ERROR (a global named AssertionError must not change it). Line numbers are CPython 3.11's, not 3.7's (a
// line shows where it changes, as 3.11's dis shows it), and a NOP stays where 3.11
// keeps one to trace a line with no code of its own (`pass`, `while True:`, `if 0:`). The
// implicit `return None` that several jumps reach is copied for each, as 3.11 copies it
// (compiler/exit_copies.ts), where 3.7 shares one.
//
// TPY_DISASM_UPDATE=1 rewrites the .dis files from the current compiler (review the diff!).

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { compile } from '../../compiler/compile.js';
import { disassembleRecursive } from '../../vm/dis.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const update = process.env.TPY_DISASM_UPDATE === '1';

function disText(source: string, filename: string): string {
  return disassembleRecursive(compile(source, filename)).replace(/0x[0-9a-f]+/g, '0x...');
}

for (const name of readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
  test(name, () => {
    const got = disText(readFileSync(join(DIR, name), 'utf8'), name);
    const golden = join(DIR, name.replace(/\.py$/, '.dis'));
    if (update) writeFileSync(golden, got);
    if (!existsSync(golden)) throw new Error(`${golden} is missing: run with TPY_DISASM_UPDATE=1 and review it`);
    expect(got).toBe(readFileSync(golden, 'utf8'));
  });
}
