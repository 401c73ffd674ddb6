// Where tpy's subprocess deliberately differs from CPython's (docs/differences.md, "subprocess").
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

async function run(source: string): Promise<{ stdout: string; stderr: string }> {
  const r = await runProgram({ source, filename: 'x.py' });
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('subprocess divergences', () => {
  it('Popen raises NotImplementedError saying what to use instead', async () => {
    const r = await run(`
import subprocess
try:
    subprocess.Popen(['echo', 'x'])
except NotImplementedError as e:
    print(e)
`);
    expect(r.stdout).toBe(
      "tpy's subprocess has no Popen: tpy runs one program on one thread, so children run to completion "
      + '(use subprocess.run, call, check_call or check_output)\n',
    );
  });

  it('a child\'s uncaptured output follows what the program printed before, unflushed', async () => {
    const r = await run(`
import subprocess, sys
print('before')
subprocess.run(['echo', 'child'])
print('after')
print('e1', file=sys.stderr)
subprocess.run(['sh', '-c', 'echo e2 >&2'])
`);
    expect(r).toEqual({ stdout: 'before\nchild\nafter\n', stderr: 'e1\ne2\n' });
  });

  it('TimeoutExpired.timeout is the timeout given, captured or not', async () => {
    const r = await run(`
import subprocess
try:
    subprocess.run(['sleep', '3'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e.timeout, e)
`);
    expect(r.stdout).toBe("0.2 Command '['sleep', '3']' timed out after 0.2 seconds\n");
  });

  it('options tpy cannot honour raise NotImplementedError', async () => {
    const r = await run(`
import subprocess
try:
    subprocess.run(['true'], preexec_fn=print)
except NotImplementedError as e:
    print(type(e).__name__)
`);
    expect(r.stdout).toBe('NotImplementedError\n');
  });
});
