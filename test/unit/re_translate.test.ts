// stdlib/re/translate.ts: Python pattern syntax to JavaScript RegExp source, with Python's
// meaning for the constructs whose JavaScript meaning differs, and CPython's syntax errors.

import { describe, expect, test } from 'vitest';
import { translatePattern, RegexSyntaxError, FLAG_MULTILINE, FLAG_DOTALL, FLAG_VERBOSE, FLAG_UNICODE } from '../../stdlib/re/translate.js';

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

  test.each([
    ['(a)?(?(1)b|c)', true], ['(a)(?i:\\1)', true], ['(a)?b\\1', true], ['(?:(a)|b)+', true], ['(a|)*', true],
    ['(?:|a)*', true], ['(?=(a))', true], ['(a)(?:x|\\1)', false], ['(a)b\\1', false], ['(a)+\\1', false], ['(\\w+)\\s+\\1', false],
    ['(?:(a)b)+', false], ['(a|b)*', false], ['(?:a|)*', false], ['(\\d+)-(\\d+)?', false], ['(a)|b\\1', true],
  ])('%s runs on the sre matcher: %s', (pattern, expected) => {
    expect(translatePattern(pattern, 0, false).needsSre).toBe(expected);
  });

  test('negated classes stay negated inside a repeated group (V8 v-flag bug)', () => {
    expect(js('(?:[^x]b)+').exec('abcbxb')![0]).toBe('abcb');
    expect(js('(?:.b)+').exec('ab\nb')![0]).toBe('ab');
    expect(js('(?:\\Wb)+').exec('.b,bab')![0]).toBe('.b,b');
  });

  test('atomic groups and possessive quantifiers never give back what they matched', () => {
    expect(js('(?>a+)a').test('aaa')).toBe(false);
    expect(js('a++a').test('aaa')).toBe(false);
    expect(js('(?>a|ab)c').test('abc')).toBe(false);
    expect(js('a*+b').test('aab')).toBe(true);
  });

  test('a hidden group is numbered before the groups of a possessive repeat; back-references follow', () => {
    const t = translatePattern('(x)(a)++(b)\\3', 0, false);
    expect(t.jsIndex).toEqual([0, 1, 3, 4]);
    const m = new RegExp(t.source, 'v').exec('xaabb')!;
    expect([m[t.jsIndex[1]], m[t.jsIndex[2]], m[t.jsIndex[3]]]).toEqual(['x', 'a', 'b']);
  });

  test('a scoped IGNORECASE spells out case variants (sre\'s i/ı/İ and k/K too)', () => {
    expect(js('(?i:k)x').test('\u212ax')).toBe(true);
    expect(js('(?i:k)x').test('KX')).toBe(false);
    expect(js('a(?i:[h-j])').test('a\u0131')).toBe(true);
    expect(js('(?i:[^a-c])').test('B')).toBe(false);
  });
});
