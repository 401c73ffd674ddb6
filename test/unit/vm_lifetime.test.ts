// A program's VM is garbage once its run is over and its host drops it: nothing the process
// keeps (module-level caches and hand-over variables of the eval loop, the percent-format
// hooks, type registries shared by every VM) may hold one of its objects, since through any of
// them (a function's globals, a builtin's closure) the whole VM stays reachable.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Runs `source` in a VM built from dist/ in a child process (node --expose-gc), drops it, and says whether it was collected. */
function collectedAfter(source: string): string {
  const script = `
import { createVM, runMain } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))};
let vm = createVM({ io: { stdout: () => {}, stderr: (s) => process.stderr.write(s), readLine: () => null } });
const status = await runMain(vm, ${JSON.stringify(source)}, 'p.py');
// A FinalizationRegistry, not a WeakRef: a WeakRef made here would keep its target alive for the job.
let collected = false;
const registry = new FinalizationRegistry(() => { collected = true; });
registry.register(vm, 0);
vm = null;
for (let i = 0; i < 20 && !collected; i++) { global.gc(); await new Promise((r) => setTimeout(r, 10)); }
console.log('status', status, 'collected', collected, typeof registry);
`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60000 });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

describe('a finished program\'s VM is collected', () => {
  test('after %-formatting (the format hooks were cached with their VM)', () => {
    expect(collectedAfter("print('%s-%d' % ('a', 1))\n")).toBe('status 0 collected true object');
  });

  test('after importing much of the library', () => {
    const source = 'import functools, enum, typing, dataclasses, collections, re, json, decimal, logging, argparse\n' +
      'import socket, selectors, threading, queue, datetime, fractions, statistics, asyncio, cProfile, pstats\n';
    expect(collectedAfter(source)).toBe('status 0 collected true object');
  });
});

describe("a finished program's descriptors are closed", () => {
  test('files it left open, os.open and os.dup numbers, written out first; the standard streams stay', async () => {
    const { runProgram } = await import('../../index.js');
    const { fstatSync, mkdtempSync, readdirSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'tpy-fds-'));
    const openNow = () => readdirSync('/proc/self/fd').length;
    const before = openNow();
    const source = [
      'import os',
      "kept = [open('a.txt', 'w') for i in range(50)]",
      "kept[0].write('written at exit')",
      "fd = os.open('b.txt', os.O_WRONLY | os.O_CREAT)",
      'copy = os.dup(fd)',
      'out = os.dup(1)',
      'print(len(kept), fd, copy)',
    ].join('\n');
    const r = await runProgram({ source, filename: 'p.py', argv: ['p.py'], cwd: dir, stdin: '' });
    expect(r.stdout).toBe('50 53 54\n');
    expect(r.exitCode).toBe(0);
    expect(openNow()).toBe(before);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('written at exit');
    // The process's own stdout, which the program dup'ed, is still open.
    expect(fstatSync(1).isFile() || fstatSync(1).isFIFO() || fstatSync(1).isCharacterDevice() || fstatSync(1).isSocket()).toBe(true);
  });
});
