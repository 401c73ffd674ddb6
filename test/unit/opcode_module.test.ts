// The opcode module names tpy's own instructions (docs/differences.md, "opcode"): its tables must
// agree with what dis prints and with the compiler's stack effects, not with CPython 3.11's numbers.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

async function run(source: string): Promise<string> {
  const r = await runProgram({ source, filename: 'x.py' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('opcode', () => {
  it('every instruction dis shows for a function is in opmap under the same name, with its argument kind', async () => {
    const out = await run(`
import dis, io, contextlib, opcode
def f(xs, n):
    total = 0
    for x in xs:
        if x > n:
            total += x
    try:
        return total
    finally:
        n = None
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    dis.dis(f)
names = []
for line in buf.getvalue().splitlines():
    words = [w for w in line.split() if w.isupper() and len(w) > 2]
    if words:
        names.append(words[0])
print(all(n in opcode.opmap for n in names), len(names) > 10)
print(all(opcode.opname[opcode.opmap[n]] == n for n in names))
jumps = [n for n in names if opcode.opmap[n] in opcode.hasjrel + opcode.hasjabs]
print(sorted(set(jumps)))
print(opcode.opmap['LOAD_FAST'] in opcode.haslocal, opcode.opmap['LOAD_CONST'] in opcode.hasconst,
      opcode.opmap['COMPARE_OP'] in opcode.hascompare, opcode.HAVE_ARGUMENT == dis.HAVE_ARGUMENT)
`);
    expect(out).toBe("True True\nTrue\n['FOR_ITER', 'JUMP_ABSOLUTE', 'POP_JUMP_IF_FALSE', 'SETUP_FINALLY', 'SETUP_LOOP']\nTrue True True True\n");
  });

  it('stack_effect gives the compiler\'s effects and CPython\'s errors', async () => {
    const out = await run(`
import opcode
op = opcode.opmap
print(opcode.stack_effect(op['POP_TOP']), opcode.stack_effect(op['BUILD_LIST'], 3))
print(opcode.stack_effect(op['FOR_ITER'], 4, jump=True), opcode.stack_effect(op['FOR_ITER'], 4, jump=False), opcode.stack_effect(op['FOR_ITER'], 4))
for args in [(op['LOAD_CONST'],), (op['POP_TOP'], 1), (255, 0)]:
    try:
        opcode.stack_effect(*args)
    except ValueError as e:
        print(e)
`);
    expect(out).toBe('-1 -2\n-1 1 1\nstack_effect: opcode requires oparg but oparg was not specified\n'
      + 'stack_effect: opcode does not permit oparg but oparg was specified\ninvalid opcode or oparg\n');
  });
});
