// stdlib/re/translate.ts: Python pattern syntax to JavaScript RegExp source, with Python's
// meaning for the constructs whose JavaScript meaning differs, and CPython's syntax errors.

import { describe, expect, test } from 'vitest';
import { translatePattern, RegexSyntaxError, RegexUnsupported, FLAG_MULTILINE, FLAG_DOTALL, FLAG_VERBOSE, FLAG_UNICODE } from '../../stdlib/re/translate.js';

const js = (p: string, flags = 0) => new RegExp(translatePattern(p, flags, false).source, 'v');

describe('re translation', () => {
  test('^, $ and . follow Python, not JavaScript', () => {
    expect(js('a$').test('a\n')).toBe(true); // $ also matches before a final newline
    expect(js('a$').test('a\n\n')).toBe(false);
    expect(js('a\\Z').test('a\n')).toBe(false);
    expect(js('^b').test('a\nb')).toBe(false);
    expect(js('^b', FLAG_MULTILINE).test('a\nb')).toBe(true);
    expect(js('^b', FLAG_MULTILINE).test('a\rb')).toBe(false); // only \n ends a line in Python
    expect(js('a.b').test('a\rb')).toBe(true); // Python's . only excludes \n
    expect(js('a.b').test('a\nb')).toBe(false);
    expect(js('a.b', FLAG_DOTALL).test('a\nb')).toBe(true);
  });

  test('character classes: \\s is str.isspace, \\w is Unicode, literals need no escaping', () => {
    expect(js('^\\s$').test('\x1c')).toBe(true);
    expect(js('^\\s$').test('\ufeff')).toBe(false);
    expect(js('^\\w+$').test('naïve')).toBe(true);
    expect(js('^[^\\W\\d]+$').test('ab_c')).toBe(true);
    expect(js('^[^\\W\\d]+$').test('ab1')).toBe(false);
    expect(js('^[]a-]+$').test(']-a')).toBe(true);
    expect(js('^[(){}|/]+$').test('(){}|/')).toBe(true);
  });

  test('named groups, back-references, verbose mode and inline flags', () => {
    const t = translatePattern('(?P<q>[\'"]).*?(?P=q)', 0, false);
    expect(t.groupIndex.get('q')).toBe(1);
    expect(new RegExp(t.source, 'v').exec('say "hi" ok')![0]).toBe('"hi"');
    expect(js(' a b # comment\n c', FLAG_VERBOSE).test('abc')).toBe(true);
    expect(translatePattern('(?x) a', 0, false).flags).toBe(FLAG_VERBOSE | FLAG_UNICODE);
    expect(translatePattern('(a)(?:b(c))', 0, false).parent).toEqual([0, 0, 0]);
    expect(translatePattern('((a)(b))', 0, false).parent).toEqual([0, 0, 1, 1]);
  });

  test.each([
    ['x*', true], ['\\b', true], ['^', true], ['a?b?', true], ['[ab]{0,2}', true], ['(?:ab)*', true], ['b|(?=a)', true],
    ['x*|a', false], ['|a', false], ['a*?', false], ['(a)\\1?', false], ['(?:a?)*', false],
  ])('%s: an empty first choice rules out a non-empty match (%s)', (pattern, expected) => {
    expect(translatePattern(pattern, 0, false).emptyIsLastResort).toBe(expected);
  });

  test.each([
    ['a**', 'multiple repeat', 2],
    ['*a', 'nothing to repeat', 0],
    ['^*', 'nothing to repeat', 1],
    ['a{2,1}', 'min repeat greater than max repeat', 2],
    ['(a', 'missing ), unterminated subpattern', 0],
    ['a)', 'unbalanced parenthesis', 1],
    ['[a', 'unterminated character set', 0],
    ['\\q', 'bad escape \\q', 0],
    ['(?P<1>a)', "bad character in group name '1'", 4],
    ['(?P=x)', "unknown group name 'x'", 4],
    ['(a)\\2', 'invalid group reference 2', 4],
    ['a(?i)b', 'global flags not at the start of the expression', 1],
    ['[z-a]', 'bad character range z-a', 1],
  ])('%s is re.error: %s at %d', (pattern, msg, pos) => {
    let err: unknown;
    try {
      translatePattern(pattern, 0, false);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RegexSyntaxError);
    expect((err as RegexSyntaxError).msg).toBe(msg);
    expect((err as RegexSyntaxError).pos).toBe(pos);
  });

  test.each(['(?>a)', 'a*+', '(?(1)a|b)', '(?i:(a)\\1)'])('%s is reported as unsupported', (pattern) => {
    expect(() => translatePattern(pattern, 0, false)).toThrow(RegexUnsupported);
  });

  test('a scoped IGNORECASE flag spells out the cases of its characters, without the i flag', () => {
    const t = translatePattern('(?i:k[a-b])x', 0, false);
    expect(t.jsIgnoreCase).toBe(false);
    const re = new RegExp(`^(?:${t.source})$`, 'v');
    expect(re.test('KAx')).toBe(true);
    expect(re.test('\u212abx')).toBe(true); // KELVIN SIGN folds to k, as under the i flag
    expect(re.test('kaX')).toBe(false);
    expect(translatePattern('(?i)kx', 0, false).jsIgnoreCase).toBe(true);
  });

  test('a bytes pattern under IGNORECASE folds ASCII letters only', () => {
    const t = translatePattern('(?i)[\xe0-\xff]a', 0, true);
    expect(t.jsIgnoreCase).toBe(false);
    const re = new RegExp(`^(?:${t.source})$`, 'v');
    expect(re.test('\xe9A')).toBe(true);
    expect(re.test('\xc9a')).toBe(false);
  });
});
