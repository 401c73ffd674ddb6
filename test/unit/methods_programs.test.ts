// Whole programs exercising the native methods (objects, classes, exceptions, generators, formatting,
// codecs) end to end, compared with CPython 3.11's output in fixtures/methods_programs/NAME.out.
// Object addresses (0x...) differ between interpreters and are masked. Regenerate an output with
// `cd test/unit/fixtures/methods_programs && python3 NAME.py > NAME.out 2>&1`.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'methods_programs');
const mask = (s: string) => s.replace(/0x[0-9a-f]+/g, '0x?');

describe('methods programs', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
    it(file, async () => {
      const source = readFileSync(join(DIR, file), 'utf8');
      const expected = readFileSync(join(DIR, file.replace(/\.py$/, '.out')), 'utf8');
      const r = await runProgram({ source, filename: file, argv: [file], cwd: DIR });
      expect(mask(r.stdout + r.stderr)).toBe(mask(expected));
    });
  }
});
