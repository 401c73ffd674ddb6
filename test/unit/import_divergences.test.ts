// Where tpy's imports deliberately differ from CPython's (docs/differences.md, "Imports").
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

async function run(source: string): Promise<{ stdout: string; stderr: string }> {
  const r = await runProgram({ source, filename: 'x.py' });
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('import divergences', () => {
  it('a CPython standard library module tpy lacks says so, and is still a ModuleNotFoundError', async () => {
    const r = await run(`
for name in ['multiprocessing', 'ctypes', 'msvcrt', 'no_such_module_here']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e.name, '|', e)
`);
    expect(r.stdout).toBe(
      "ModuleNotFoundError multiprocessing | No module named 'multiprocessing' (CPython's standard library has it; tpy does not)\n"
      + "ModuleNotFoundError ctypes | No module named 'ctypes' (CPython's standard library has it; tpy does not)\n"
      // Windows-only in CPython too, and not a standard library name at all: CPython's message.
      + "ModuleNotFoundError msvcrt | No module named 'msvcrt'\n"
      + "ModuleNotFoundError no_such_module_here | No module named 'no_such_module_here'\n",
    );
  });
});
