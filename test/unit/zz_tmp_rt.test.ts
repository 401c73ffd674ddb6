import { test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { runProgram } from '../../index.js';
test('rt', async () => {
  for (const f of (process.env.RT_FILES ?? '').split(',')) {
    const r = await runProgram({ source: readFileSync(f, 'utf8'), filename: f, argv: [f], cwd: '/tmp/dev/rt', stdin: '' });
    writeFileSync(f + '.tpy', r.stdout + r.stderr);
  }
});
