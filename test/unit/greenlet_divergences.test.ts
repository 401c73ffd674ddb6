// Where tpy's greenlets deliberately differ from the greenlet package (docs/greenlet.md, docs/differences.md).
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

async function run(source: string): Promise<{ stdout: string; stderr: string }> {
  const r = await runProgram({ source, filename: 'x.py' });
  return { stdout: r.stdout, stderr: r.stderr };
}

const CANNOT = 'cannot switch greenlets here: tpy can switch only in code run by the eval loop itself, '
  + 'not inside a call made by native code (a sort key, __repr__, a callback of a built-in)';

describe('greenlet divergences', () => {
  it('a switch inside a call made by native code (sort key, __repr__, a for loop\'s __next__) is greenlet.error', async () => {
    const r = await run(`
import greenlet
main = greenlet.getcurrent()
def key(x):
    main.switch(x)
    return x
def sorter():
    return sorted([2, 1], key=key)
try:
    greenlet.greenlet(sorter).switch()
except greenlet.error as e:
    print(e)
class R:
    def __repr__(self):
        main.switch()
        return 'R'
try:
    greenlet.greenlet(lambda: repr(R())).switch()
except greenlet.error as e:
    print(e)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        main.switch()
        raise StopIteration
def loop():
    for _ in It():
        pass
try:
    greenlet.greenlet(loop).switch()
except greenlet.error as e:
    print(e)
# the same switch made by tpy code itself works
print(greenlet.greenlet(lambda: key(3)).switch())
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${CANNOT}\n${CANNOT}\n${CANNOT}\n3\n`);
  });

  it('an unfinished greenlet is not thrown GreenletExit when it is dropped (no finalizers)', async () => {
    const r = await run(`
import greenlet
main = greenlet.getcurrent()
def body():
    try:
        main.switch()
    finally:
        print('finally ran')
g = greenlet.greenlet(body)
g.switch()
del g
import gc
gc.collect()
print('end')
`);
    expect(r).toEqual({ stdout: 'end\n', stderr: '' });
  });
});
