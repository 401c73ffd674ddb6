// cmath's deliberate differences (docs/differences.md): no special-value tables, so an infinite
// or NaN part is refused with NotImplementedError where CPython looks the answer up.

import { describe, expect, test } from 'vitest';
import { runProgram } from '../../index.js';

const CASES: [string, string][] = [
  ["cmath.sqrt(complex('inf'))", 'NotImplementedError: cmath.sqrt() of a value with an infinite or nan part is not supported by tpy'],
  ["cmath.exp(complex(1, float('nan')))", 'NotImplementedError: cmath.exp() of a value with an infinite or nan part is not supported by tpy'],
  ["cmath.log(1, complex('infj'))", 'NotImplementedError: cmath.log() of a value with an infinite or nan part is not supported by tpy'],
  ["cmath.rect(1, float('inf'))", 'NotImplementedError: cmath.rect() of an infinite or nan argument is not supported by tpy'],
  // Handled without tables, as CPython does.
  ["cmath.rect(float('inf'), 1)", '(inf+infj)'],
  ["cmath.polar(complex('inf'))", '(inf, 0.0)'],
  ["cmath.isclose(complex('nanj'), 1)", 'False'],
];

describe('cmath special values', () => {
  test('are refused, except where CPython needs no table', async () => {
    const source = 'import cmath\n' + CASES.map(([e]) =>
      `try:\n    print(repr(${e}))\nexcept Exception as x:\n    print(type(x).__name__ + ': ' + str(x))\n`).join('');
    const r = await runProgram({ source, filename: 'cases.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, -1).map((l, i) => [CASES[i][0], l])).toEqual(CASES);
  });
});
