// Each examples/NAME.tpy, run by bin/tpy, prints exactly what CPython 3.11 printed for it (examples/NAME.expected).

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXAMPLES = join(ROOT, 'examples');
const names = readdirSync(EXAMPLES).filter((f) => f.endsWith('.tpy')).map((f) => f.slice(0, -4)).sort();

describe('examples', () => {
  test('every example has its expected output checked in', () => {
    expect(names).toEqual(expect.arrayContaining(['classes', 'fib', 'generators', 'hello', 'profile_demo']));
    for (const name of names) expect(() => readFileSync(join(EXAMPLES, `${name}.expected`), 'utf8')).not.toThrow();
  });

  for (const name of names) {
    test(name, () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tpy'), `${name}.tpy`], { cwd: EXAMPLES, encoding: 'utf8', timeout: 60000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(readFileSync(join(EXAMPLES, `${name}.expected`), 'utf8'));
      expect(r.status).toBe(0);
    });
  }
});
