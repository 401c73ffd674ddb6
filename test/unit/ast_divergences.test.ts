// Where tpy's ast module deliberately differs from CPython (docs/differences.md, "ast").
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

async function run(source: string): Promise<string> {
  const r = await runProgram({ source, filename: 'x.py' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('ast divergences', () => {
  it('refuses what it cannot do with NotImplementedError', async () => {
    // DIVERGENCE: CPython keeps type comments, parses older grammars and has 'func_type' mode.
    // Asked for type comments, tpy refuses only a source that has one (it would drop it).
    const out = await run(`
import ast
print(ast.dump(ast.parse('x = 1', type_comments=True)))
for f in [lambda: ast.parse('x = []  # type: list[int]', type_comments=True), lambda: ast.parse('x', feature_version=(3, 8)),
          lambda: ast.parse('(int) -> None', mode='func_type')]:
    try:
        f()
    except NotImplementedError as e:
        print(e)
print(ast.dump(ast.parse('x', feature_version=(3, 11))))
`);
    expect(out).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n" +
      "tpy's ast.parse() does not support type_comments=True\n" +
      "tpy's ast.parse() parses Python 3.11 only (feature_version)\n" +
      "tpy's compile() has no 'func_type' mode\n" +
      "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])\n",
    );
  });
});
