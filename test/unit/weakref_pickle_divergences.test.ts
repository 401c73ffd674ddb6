// Where tpy's weakref and pickle deliberately differ from CPython (docs/differences.md,
// "pickle, copyreg, weakref").
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

async function run(source: string): Promise<string> {
  const r = await runProgram({ source, filename: 'x.py' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('weakref divergences', () => {
  it('an object only the library refers to weakly is not watched: its references hold it', async () => {
    // DIVERGENCE: CPython frees the handler at `del h`, and logging's weak registries lose it;
    // tpy watches only the objects the program itself made weak references to (watching
    // logging's handlers would slow every program that logs).
    const out = await run(`
import logging
h = logging.StreamHandler()
h.set_name('x')
del h
print(len(logging._handlers), len(logging._handlerList))
`);
    expect(out).toBe('1 2\n');
  });
});

describe('weak references at exit', () => {
  // Not divergences: CPython's own output (checked with python3 3.11), whose addresses a
  // conformance program cannot hold. With no function in the main module its dict is on no
  // cycle, and its values go in the dict's order: a reference stored after its object is
  // still there when the object goes (its callback runs), one stored before is not.
  const dead = (s: string): string => s.replace(/0x[0-9a-f]+/g, 'ADDR');
  it('a reference stored after its object gets its callback when the object goes', async () => {
    const out = await run(`
import weakref
class A: pass
early = None
a = A()
b = A()
early = weakref.ref(b, print)
late = weakref.ref(a, print)
print('end')
`);
    expect(dead(out)).toBe('end\n<weakref at ADDR; dead>\n');
  });
  it('without the early binding both callbacks run, in the dict order', async () => {
    const out = await run(`
import weakref
class A: pass
a = A()
b = A()
early = weakref.ref(b, print)
late = weakref.ref(a, print)
print('end')
`);
    expect(dead(out)).toBe('end\n<weakref at ADDR; dead>\n<weakref at ADDR; dead>\n');
  });
});

describe('pickle divergences', () => {
  it('equal strings are one object for the memo', async () => {
    // DIVERGENCE: CPython memoizes by identity, and two equal strings built at run time
    // are two objects there, so it writes the second one out again.
    const out = await run(`
import pickle
a = 's' + str(1)
b = 's' + str(1)
print(pickle.dumps([a, b], 2))
`);
    expect(out).toBe(String.raw`b'\x80\x02]q\x00(X\x02\x00\x00\x00s1q\x01h\x01e.'` + '\n');
  });
});
