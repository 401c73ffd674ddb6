import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr, parseFormatSpec } from '../../vm/format/format_spec.js';
import { fixture, outcome, pyFloat, pyInt } from './format_helpers.js';

type Encoded = string | boolean | { int: string } | { float: string };
const cases = fixture<[Encoded, string, unknown[]][]>('format_spec.json');

function formatEncoded(v: Encoded, spec: string): string {
  if (typeof v === 'string') return formatStr(v, spec);
  if (typeof v === 'boolean') return formatInt(v, spec);
  if ('int' in v) return formatInt(pyInt(v.int), spec);
  return formatFloat(pyFloat(v.float), spec);
}

describe('parseFormatSpec', () => {
  it('parses every field', () => {
    expect(parseFormatSpec('*^+z#012_.3f', 'float')).toEqual({
      fill: '*', align: '^', sign: '+', noNeg0: true, alternate: true, width: 12, grouping: '_', precision: 3, type: 'f',
    });
    expect(parseFormatSpec('', 'int', 'd')).toEqual({
      fill: ' ', align: '>', sign: '', noNeg0: false, alternate: false, width: -1, grouping: '', precision: -1, type: 'd',
    });
  });

  it('turns a leading 0 into zero fill, with = alignment for numbers only', () => {
    expect(parseFormatSpec('08', 'int', 'd', '>')).toMatchObject({ fill: '0', align: '=', width: 8 });
    expect(parseFormatSpec('08', 'str', 's', '<')).toMatchObject({ fill: '0', align: '<', width: 8 });
    expect(parseFormatSpec('<08', 'int', 'd', '>')).toMatchObject({ fill: '0', align: '<', width: 8 });
  });

  it('groups hex, octal and binary digits by four with _', () => {
    expect(parseFormatSpec('_x', 'int', 'd').grouping).toBe('_4');
    expect(outcome(() => parseFormatSpec(',x', 'int', 'd'))).toEqual(['err', 'ValueError', "Cannot specify ',' with 'x'."]);
  });

  it('rejects what CPython rejects, with its messages', () => {
    expect(outcome(() => parseFormatSpec('ss', 'int'))).toEqual(['err', 'ValueError', "Invalid format specifier 'ss' for object of type 'int'"]);
    expect(outcome(() => parseFormatSpec('.', 'int'))).toEqual(['err', 'ValueError', 'Format specifier missing precision']);
    expect(outcome(() => parseFormatSpec(',_', 'int'))).toEqual(['err', 'ValueError', "Cannot specify both ',' and '_'."]);
    expect(outcome(() => parseFormatSpec('_,', 'int'))).toEqual(['err', 'ValueError', "Cannot specify both ',' and '_'."]);
    expect(outcome(() => parseFormatSpec('99999999999999999999', 'int'))).toEqual(['err', 'ValueError', 'Too many decimal digits in format string']);
  });
});

describe('format()', () => {
  it('formats ints', () => {
    expect(formatInt(1234567, ',')).toBe('1,234,567');
    expect(formatInt(1234, '010,')).toBe('00,001,234');
    expect(formatInt(1234, '08,')).toBe('0,001,234');
    expect(formatInt(-255, '#010x')).toBe('-0x00000ff');
    expect(formatInt(255, '#X')).toBe('0XFF');
    expect(formatInt(2n ** 40n, '_x')).toBe('100_0000_0000');
    expect(formatInt(65, '^5c')).toBe('  A  ');
    expect(formatInt(5, '%')).toBe('500.000000%');
    expect(formatInt(true, '')).toBe('True');
    expect(formatInt(true, '5')).toBe('    1');
    expect(outcome(() => formatInt(true, 's'))).toEqual(['err', 'ValueError', "Unknown format code 's' for object of type 'bool'"]);
    expect(outcome(() => formatInt(5, '\x7f'))).toEqual(['err', 'ValueError', "Unknown format code '\x7f' for object of type 'int'"]);
  });

  it('formats floats', () => {
    expect(formatFloat(1.0, '')).toBe('1.0');
    expect(formatFloat(1e16, '.3')).toBe('1e+16');
    expect(formatFloat(123.0, '.3')).toBe('1.23e+02');
    expect(formatFloat(2.675, '.2f')).toBe('2.67');
    expect(formatFloat(1e22, ',f')).toBe('10,000,000,000,000,000,000,000.000000');
    expect(formatFloat(Infinity, '010')).toBe('0000000inf');
    expect(formatFloat(-0.0, 'z')).toBe('0.0');
    expect(formatFloat(0.125, '.1%')).toBe('12.5%');
  });

  it('formats strs, counting code points', () => {
    expect(formatStr('abc', '*^10')).toBe('***abc****');
    expect(formatStr('abcdef', '.3')).toBe('abc');
    expect(formatStr('😀é', '^7')).toBe('  😀é   ');
    expect(formatStr('abc', '😀>5')).toBe('😀😀abc');
    expect(outcome(() => formatStr('abc', '+'))).toEqual(['err', 'ValueError', 'Sign not allowed in string format specifier']);
    expect(outcome(() => formatStr('abc', '='))).toEqual(['err', 'ValueError', "'=' alignment not allowed in string format specifier"]);
    expect(outcome(() => formatStr('abc', 'd'))).toEqual(['err', 'ValueError', "Unknown format code 'd' for object of type 'str'"]);
  });

  it(`matches CPython on all ${cases.length} fixture cases`, () => {
    for (const [v, spec, expected] of cases) {
      expect([v, spec, outcome(() => formatEncoded(v, spec))]).toEqual([v, spec, expected]);
    }
  });
});
