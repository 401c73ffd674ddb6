import { afterEach, describe, expect, it } from 'vitest';
import { getIntMaxStrDigits, intToString, isPySpace, parseFloat, parseInt, pyStrRepr, setIntMaxStrDigits } from '../../vm/format/int_text.js';
import { floatRepr } from '../../vm/format/float_repr.js';
import { fixture, outcome, pyInt } from './format_helpers.js';

interface IntTextFixture {
  ints: [string, number, unknown[]][];
  floats: [string, unknown[]][];
  tostr: [string, 2 | 8 | 10 | 16, boolean, string][];
}
const data = fixture<IntTextFixture>('int_text.json');

/** The fixture records big results by their length only. */
function intText(v: number | bigint): string {
  const s = String(v);
  return s.replace('-', '').length >= 40 ? `len:${s.length}` : s;
}

describe('intToString', () => {
  afterEach(() => setIntMaxStrDigits(4300));

  it('writes hex(), oct(), bin() and str() as CPython', () => {
    expect(intToString(-31, 16, true)).toBe('-0x1f');
    expect(intToString(0, 2, true)).toBe('0b0');
    for (const [v, base, prefix, text] of data.tostr) expect(intToString(pyInt(v), base, prefix)).toBe(text);
  });

  it('refuses decimal conversions beyond sys.get_int_max_str_digits()', () => {
    expect(getIntMaxStrDigits()).toBe(4300);
    expect(intToString(10n ** 4299n).length).toBe(4300);
    expect(intToString(-(10n ** 4299n)).length).toBe(4301);
    expect(outcome(() => intToString(10n ** 4300n))).toEqual([
      'err', 'ValueError', 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    ]);
    expect(intToString(10n ** 4300n, 16).startsWith('139')).toBe(true);
    setIntMaxStrDigits(0);
    expect(intToString(10n ** 4300n).length).toBe(4301);
  });
});

describe('parseInt', () => {
  it('parses signs, whitespace, underscores, prefixes and every base', () => {
    expect(parseInt(' -0x_1f ', 0)).toBe(-31);
    expect(parseInt('1_000')).toBe(1000);
    expect(parseInt('9007199254740993')).toBe(9007199254740993n);
    expect(parseInt('-0')).toBe(0);
    expect(Object.is(parseInt('-0'), -0)).toBe(false);
  });

  it(`matches CPython's int(text, base) on ${data.ints.length} cases`, () => {
    for (const [text, base, expected] of data.ints) {
      const got = outcome(() => intText(parseInt(text, base)));
      expect([text, base, got]).toEqual([text, base, expected]);
    }
  });
});

describe('parseFloat', () => {
  it(`matches CPython's float(text) on ${data.floats.length} cases`, () => {
    for (const [text, expected] of data.floats) {
      expect([text, outcome(() => floatRepr(parseFloat(text)))]).toEqual([text, expected]);
    }
  });
});

describe('pyStrRepr and isPySpace', () => {
  it('quote and escape as repr(str)', () => {
    expect(pyStrRepr("it's")).toBe('"it\'s"');
    expect(pyStrRepr('a"b\'c')).toBe("'a\"b\\'c'");
    expect(pyStrRepr('\x01\x7f\x80é\u2028😀\ud800\t\\')).toBe("'\\x01\\x7f\\x80é\\u2028😀\\ud800\\t\\\\'");
  });

  it('know str.isspace()', () => {
    for (const c of [9, 10, 11, 12, 13, 0x1c, 0x1f, 32, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) {
      expect(isPySpace(c)).toBe(true);
    }
    for (const c of [0, 8, 14, 0x1b, 33, 0x200b, 0xfeff, 0x180e]) expect(isPySpace(c)).toBe(false);
  });
});
