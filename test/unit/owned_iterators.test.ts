// A generator a `for` loop made and drops unfinished is closed then (vm/owned_iterators.ts);
// what its close raises is reported as CPython's default unraisable hook writes it. The
// conformance program control/generator_closed_when_loop_drops covers the rest; this output
// holds object addresses, which differ from run to run.

import { describe, expect, test } from 'vitest';
import { createVM, runMain } from '../../index.js';

async function run(source: string): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  const vm = createVM({ io: { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readLine: () => null } });
  await runMain(vm, source, 'g3.py');
  return { out, err: err.replace(/0x[0-9a-f]+/g, 'ADDR') };
}

describe('generators closed when their loop drops them', () => {
  test('what close() raises is reported and ignored, with CPython 3.11\'s text', async () => {
    const source = [
      'def stubborn():',
      '    try:',
      '        yield 1',
      '    except GeneratorExit:',
      '        yield 2',
      'for x in stubborn():',
      '    break',
      "print('after stubborn')",
      '',
      'def raising():',
      '    try:',
      '        yield 1',
      '    finally:',
      "        raise KeyError('in finally')",
      'for x in raising():',
      '    break',
      "print('after raising')",
    ].join('\n');
    const r = await run(source);
    expect(r.out).toBe('after stubborn\nafter raising\n');
    // /usr/bin/python3 g3.py, addresses replaced:
    expect(r.err).toBe([
      'Exception ignored in: <generator object stubborn at ADDR>',
      'Traceback (most recent call last):',
      '  File "g3.py", line 7, in <module>',
      '    break',
      'RuntimeError: generator ignored GeneratorExit',
      'Exception ignored in: <generator object raising at ADDR>',
      'Traceback (most recent call last):',
      '  File "g3.py", line 14, in raising',
      "    raise KeyError('in finally')",
      "KeyError: 'in finally'",
      '',
    ].join('\n'));
  });

  test('a generator held elsewhere is not closed by a loop that did not make it', async () => {
    const source = [
      'def gen():',
      '    try:',
      '        yield 1',
      '        yield 2',
      '    finally:',
      "        print('cleanup')",
      'def outer(): return gen()',
      'def consume(it):',
      '    for x in it: break',
      'g = outer()',
      'consume(g)',
      'print(next(g))',
      's = []',
      'def make_and_store(store):',
      '    g = gen()',
      '    store.append(g)',
      '    return g',
      'for x in make_and_store(s):',
      '    break',
      'print(next(s[0]))',
    ].join('\n');
    const r = await run(source);
    // CPython prints the two cleanups only at exit, when the module's names go; tpy never does.
    expect(r.out).toBe('2\n2\n');
  });
});
