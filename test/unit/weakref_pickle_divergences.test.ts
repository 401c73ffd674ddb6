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
  it('a weak reference holds its object: it outlives del, and callbacks never run', async () => {
    // DIVERGENCE: CPython frees the object at `del a`: r() is None, the callback and the
    // finalizer run there; tpy has no reference counts to know that.
    const out = await run(`
import weakref
class A: pass
a = A()
r = weakref.ref(a, lambda ref: print('callback'))
f = weakref.finalize(a, print, 'finalized')
del a
print(type(r()).__name__, f.alive)
print('end')
`);
    expect(out).toBe('A True\nend\nfinalized\n');
  });

  it('the weak containers keep their entries', async () => {
    const out = await run(`
import weakref
class A: pass
d = weakref.WeakValueDictionary()
d['k'] = A()
s = weakref.WeakSet([A()])
print(len(d), len(s), weakref.getweakrefcount(d['k']))
`);
    expect(out).toBe('1 1 1\n');
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
