// The finaliser watch (vm/finalize_now.ts): on only while instances of classes with __del__
// live, so that other programs keep the untraced fast path; and the default report of an
// error in __del__ during the run, which holds an address (the conformance programs in
// finalizers/ cover the order of finalisation against CPython).

import { describe, expect, test } from 'vitest';
import { createVM, runMain } from '../../index.js';
import type { VM } from '../../index.js';

async function run(source: string): Promise<{ vm: VM; out: string; err: string }> {
  let out = '';
  let err = '';
  const vm = createVM({ io: { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readLine: () => null } });
  await runMain(vm, source, 'fin.py');
  return { vm, out, err: err.replace(/0x[0-9a-f]+/g, 'ADDR') };
}

describe('the finaliser watch', () => {
  test('is never on in a program without __del__', async () => {
    const { vm, out } = await run('class A: pass\nxs = [A() for i in range(3)]\ndel xs\nprint("ok")\n');
    expect(out).toBe('ok\n');
    expect(vm.finalizerWatch).toBeNull();
    expect(vm.hooked).toBe(false);
  });

  test('is on while an instance with __del__ lives, and off once none is left', async () => {
    const { vm, out } = await run([
      'class A:',
      '    def __del__(self): print("del")',
      'a = A()',
      'print("alive")',
    ].join('\n') + '\n');
    expect(out).toBe('alive\n');
    expect(vm.finalizerWatch).not.toBeNull();
    const done = await run([
      'class A:',
      '    def __del__(self): print("del")',
      'a = A()',
      'del a',
      'print("after")',
      'x = 1',
    ].join('\n') + '\n');
    expect(done.out).toBe('del\nafter\n');
    expect(done.vm.finalizerWatch).toBeNull();
    expect(done.vm.hooked).toBe(false);
  });

  test('an error in __del__ during the run is reported with its traceback, as CPython\'s default hook does', async () => {
    const { out, err } = await run([
      'class Bad:',
      '    def __del__(self):',
      '        raise ValueError("boom")',
      'b = Bad()',
      'del b',
      'print("after")',
    ].join('\n') + '\n');
    expect(out).toBe('after\n');
    expect(err).toBe([
      'Exception ignored in: <function Bad.__del__ at ADDR>',
      'Traceback (most recent call last):',
      '  File "fin.py", line 3, in __del__',
      '    raise ValueError("boom")',
      'ValueError: boom',
      '',
    ].join('\n'));
  });
});
