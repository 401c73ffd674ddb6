import { describe, expect, it } from 'vitest';
import { dtoa, floatRepr, floatToString } from '../../vm/format/float_repr.js';
import { formatFloat } from '../../vm/format/format_spec.js';
import { floatRound } from '../../vm/format/bigint_math.js';
import { fixture, outcome, pyFloat } from './format_helpers.js';

interface FloatFixture { specs: string[]; roundDigits: number[]; rows: [string, string[], string[]][] }
const data = fixture<FloatFixture>('float_repr.json');

describe('floatRepr', () => {
  it('uses the exponent form below 1e-4 and from 1e16', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(9999999999999998.0)).toBe('9999999999999998.0');
    expect(floatRepr(1e15)).toBe('1000000000000000.0');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(0.00001)).toBe('1e-05');
    expect(floatRepr(1.5e-5)).toBe('1.5e-05');
    expect(floatRepr(1e300)).toBe('1e+300');
    expect(floatRepr(1.7976931348623157e308)).toBe('1.7976931348623157e+308');
    expect(floatRepr(5e-324)).toBe('5e-324');
    expect(floatRepr(1e22)).toBe('1e+22');
    expect(floatRepr(123456789012345678)).toBe('1.2345678901234568e+17');
  });

  it('always shows a fractional part or an exponent', () => {
    expect(floatRepr(1)).toBe('1.0');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(0)).toBe('0.0');
    expect(floatRepr(-1)).toBe('-1.0');
    expect(floatRepr(2 ** 53)).toBe('9007199254740992.0');
    expect(floatRepr(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('spells the non-finite values as Python does', () => {
    expect(floatRepr(Infinity)).toBe('inf');
    expect(floatRepr(-Infinity)).toBe('-inf');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatToString(Infinity, 'F', 2)).toBe('INF');
    expect(floatToString(NaN, 'E', 2, { sign: true })).toBe('+NAN');
  });

  it('matches CPython on every value of the fixture', () => {
    for (const [text] of data.rows) expect(floatRepr(pyFloat(text))).toBe(text);
  });
});

describe('floatToString and the float format specs', () => {
  it('rounds exact binary values half to even, as Gay\'s dtoa', () => {
    expect(floatToString(0.125, 'f', 2)).toBe('0.12');
    expect(floatToString(0.375, 'f', 2)).toBe('0.38');
    expect(floatToString(2.5, 'f', 0)).toBe('2');
    expect(floatToString(2.675, 'f', 2)).toBe('2.67');
    expect(floatToString(1e22, 'f', 2)).toBe('10000000000000000000000.00');
    expect(floatToString(0.1, 'e', 30)).toBe('1.000000000000000055511151231258e-01');
    expect(floatToString(5e-324, 'e', 20)).toBe('4.94065645841246544177e-324');
  });

  it('implements the alternate form and negative zero coercion', () => {
    expect(floatToString(1.5, 'f', 0, { alt: true })).toBe('2.');
    expect(floatToString(1, 'g', 6, { alt: true })).toBe('1.00000');
    expect(floatToString(-0.001, 'f', 2, { noNeg0: true })).toBe('0.00');
    expect(floatToString(-0.001, 'f', 2)).toBe('-0.00');
    expect(floatToString(1.5, 'e', 3, { sign: true })).toBe('+1.500e+00');
  });

  it('exposes the digits of dtoa\'s three modes', () => {
    expect(dtoa(0.1, 0, 0)).toEqual({ digits: '1', decpt: 0, negative: false });
    expect(dtoa(-2.5, 2, 1)).toEqual({ digits: '2', decpt: 1, negative: true });
    expect(dtoa(0.001, 3, 2)).toEqual({ digits: '', decpt: -2, negative: false });
    expect(dtoa(0.996, 3, 2)).toEqual({ digits: '1', decpt: 1, negative: false });
  });

  it('matches CPython for every value and spec of the fixture', () => {
    for (const [text, formatted] of data.rows) {
      const x = pyFloat(text);
      data.specs.forEach((spec, i) => expect([text, spec, formatFloat(x, spec)]).toEqual([text, spec, formatted[i]]));
    }
  });

  it('round(x, n) matches CPython, including its OverflowError', () => {
    for (const [text, , rounded] of data.rows) {
      const x = pyFloat(text);
      data.roundDigits.forEach((nd, i) => {
        const r = outcome(() => floatRepr(floatRound(x, nd)));
        expect([text, nd, r[1]]).toEqual([text, nd, rounded[i]]);
      });
    }
  });
});
