import { describe, expect, it } from 'vitest';
import { percentFormat, type PercentHooks, type PyArgs } from '../../vm/format/percent_format.js';
import { floatRepr } from '../../vm/format/float_repr.js';
import { pyStrRepr } from '../../vm/format/int_text.js';
import { floatToInt } from '../../vm/format/bigint_math.js';
import { keyError, typeError } from '../../vm/objects/exceptions.js';
import { fixture, outcome, pyFloat, pyInt } from './format_helpers.js';

// A toy object model standing in for the VM's: None, boxed floats, lists and dicts.
const NONE = { none: true };
class Float { constructor(readonly value: number) {} }
class List { constructor(readonly items: unknown[]) {} }
class Dict { constructor(readonly map: Map<string, unknown>) {} }

type Encoded = string | boolean | { none: 1 } | { int: string } | { float: string } | { list: Encoded[] } | { dict: [string, Encoded][] };

function decode(e: Encoded): unknown {
  if (typeof e === 'string' || typeof e === 'boolean') return e;
  if ('none' in e) return NONE;
  if ('int' in e) return pyInt(e.int);
  if ('float' in e) return new Float(pyFloat(e.float));
  if ('list' in e) return new List(e.list.map(decode));
  return new Dict(new Map(e.dict.map(([k, v]) => [k, decode(v)])));
}

function typeName(o: unknown): string {
  if (o === NONE) return 'NoneType';
  if (o instanceof Float) return 'float';
  if (o instanceof List) return 'list';
  if (o instanceof Dict) return 'dict';
  return typeof o === 'string' ? 'str' : typeof o === 'boolean' ? 'bool' : 'int';
}

function repr(o: unknown): string {
  if (typeof o === 'string') return pyStrRepr(o);
  if (o === NONE) return 'None';
  if (typeof o === 'boolean') return o ? 'True' : 'False';
  if (typeof o === 'number' || typeof o === 'bigint') return String(o);
  if (o instanceof Float) return floatRepr(o.value);
  if (o instanceof List) return `[${o.items.map(repr).join(', ')}]`;
  if (o instanceof Dict) return `{${[...o.map].map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`;
  throw new Error('unknown object');
}

function ascii(o: unknown): string {
  let out = '';
  for (const ch of repr(o)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

const hooks: PercentHooks = {
  str: (o) => (typeof o === 'string' ? o : repr(o)),
  repr,
  ascii,
  toInt(o, conv) {
    if (conv === 'c') throw typeError('%c requires int or char');
    if (o instanceof Float && 'diu'.includes(conv)) return floatToInt(o.value);
    const what = 'oxX'.includes(conv) ? 'an integer' : 'a real number';
    throw typeError(`%${conv} format: ${what} is required, not ${typeName(o)}`);
  },
  toFloat(o) {
    if (o instanceof Float) return o.value;
    throw typeError(`must be real number, not ${typeName(o)}`);
  },
  getItem(m, key) {
    if (m instanceof Dict) {
      if (m.map.has(key)) return m.map.get(key);
      throw keyError(key);
    }
    throw typeError(`${typeName(m)} indices must be integers or slices, not str`);
  },
};

function args(a: { tuple: Encoded[] } | { single: Encoded }): PyArgs {
  if ('tuple' in a) return { kind: 'tuple', items: a.tuple.map(decode) };
  const value = decode(a.single);
  return { kind: 'single', value, isMapping: value instanceof List || value instanceof Dict };
}

const tuple = (...items: unknown[]): PyArgs => ({ kind: 'tuple', items });
const cases = fixture<[string, { tuple: Encoded[] } | { single: Encoded }, unknown[]][]>('percent_format.json');

describe('percentFormat', () => {
  it('formats the common conversions', () => {
    expect(percentFormat('%s=%d (%.2f%%)', tuple('x', 42, new Float(99.5)), hooks)).toBe('x=42 (99.50%)');
    expect(percentFormat('%-6s|%6s|', tuple('ab', 'cd'), hooks)).toBe('ab    |    cd|');
    expect(percentFormat('%+05d %x %#o %X', tuple(42, 255, 8, 255), hooks)).toBe('+0042 ff 0o10 FF');
    expect(percentFormat('%(name)s is %(age)d', { kind: 'single', value: new Dict(new Map<string, unknown>([['name', 'Ann'], ['age', 7]])), isMapping: true }, hooks))
      .toBe('Ann is 7');
    expect(percentFormat('%*.*f|', tuple(-10, 2, new Float(3.14159)), hooks)).toBe('3.14      |');
    expect(percentFormat('%c%c', tuple(65, 'é'), hooks)).toBe('Aé');
    expect(percentFormat('%r', { kind: 'single', value: 'it\'s', isMapping: false }, hooks)).toBe('"it\'s"');
  });

  it('raises CPython\'s errors', () => {
    expect(outcome(() => percentFormat('%s %s', tuple(1), hooks))).toEqual(['err', 'TypeError', 'not enough arguments for format string']);
    expect(outcome(() => percentFormat('%s', tuple(1, 2), hooks))).toEqual(['err', 'TypeError', 'not all arguments converted during string formatting']);
    expect(outcome(() => percentFormat('ab %y', tuple(1), hooks))).toEqual(['err', 'ValueError', "unsupported format character 'y' (0x79) at index 4"]);
    expect(outcome(() => percentFormat('ab %', tuple(1), hooks))).toEqual(['err', 'ValueError', 'incomplete format']);
    expect(outcome(() => percentFormat('%d', tuple('x'), hooks))).toEqual(['err', 'TypeError', '%d format: a real number is required, not str']);
  });

  it(`matches CPython on all ${cases.length} fixture cases`, () => {
    for (const [fmt, a, expected] of cases) {
      expect([fmt, a, outcome(() => percentFormat(fmt, args(a), hooks))]).toEqual([fmt, a, expected]);
    }
  });
});
