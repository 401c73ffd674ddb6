// Allocation stamps (vm/alloc_stamps.ts) cost every container a write and a weak-map entry,
// so they start only once a class with __del__ (or a generator whose close runs code) exists.
// The flags are per process: the tests run in order in this file's own worker.

import { describe, expect, test } from 'vitest';
import { createVM, runMain } from '../../index.js';
import { stampingAllocations } from '../../vm/alloc_stamps.js';
import { anyFinalizerClass, delAssignedLater } from '../../vm/finalizer_flag.js';

async function run(source: string): Promise<string> {
  let out = '';
  const vm = createVM({ io: { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, readLine: () => null } });
  await runMain(vm, source, 'stamps.py');
  return out;
}

describe('allocation stamps', () => {
  test('stay off for a program with no __del__ (built-in types with a __del__ of their own do not count)', async () => {
    const out = await run('def g():\n    yield 1\nprint(next(g()), (x for x in []).__del__ is not None)\n');
    expect(out).toBe('1 True\n');
    expect(anyFinalizerClass()).toBe(false);
    expect(delAssignedLater()).toBe(false);
    expect(stampingAllocations).toBe(false);
  });

  test('start when a __del__ is given to a class after it was made', async () => {
    const out = await run('class A: pass\nA.__del__ = lambda self: print("del")\na = A()\nprint("made")\n');
    expect(out).toBe('made\n');
    expect(delAssignedLater()).toBe(true);
    expect(stampingAllocations).toBe(true);
  });
});
