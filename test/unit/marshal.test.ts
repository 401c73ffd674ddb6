// marshal against CPython 3.11: byte strings recorded from python3's marshal.dumps, read back
// and written again by tpy, and the checked-in profile written by CPython's cProfile.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { makeVM } from './builtins_helpers.js';
import { marshalDumps, marshalLoads } from '../../stdlib/marshal.js';
import { PyBaseException } from '../../vm/objects/exceptions.js';
import { PyDict } from '../../vm/objects/dict.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PyList } from '../../vm/objects/list.js';
import { repr } from '../../vm/ops/convert.js';

const { vm } = makeVM();
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const loads = (h: string) => marshalLoads(vm, bytes(h)).value;

/** [repr of the value, what CPython's marshal.dumps wrote for it] (values built at run time, so no FLAG_REF but the root's). */
const CASES: [string, string][] = [
  ['None', '4e'],
  ['True', '54'],
  ['1', 'e901000000'],
  ['1000', 'e9e8030000'],
  ['-2147483648', 'e900000080'],
  ['2147483648', 'ec03000000000000000200'],
  ['1180591620717411303424', 'ec0500000000000000000000000004'],
  ['1.5', 'e7000000000000f83f'],
  ["'abc'", 'da03616263'],
  ["'a b'", 'fa03612062'],
  ["'é'", 'f502000000c3a9'],
  ["b'ab'", 'f3020000006162'],
  ['frozenset()', 'be00000000'],
];

describe('marshal', () => {
  test.each(CASES)('%s', (text, h) => {
    const v = loads(h);
    expect(repr(vm, v)).toBe(text);
    expect(hex(marshalDumps(vm, v))).toBe(h);
  });

  test('back-references keep shared objects shared, cycles included', () => {
    // rec = []; rec.append(rec); marshal.dumps(rec)
    const rec = loads('db010000007200000000');
    expect(rec).toBeInstanceOf(PyList);
    expect((rec as PyList).items[0]).toBe(rec);
    expect(hex(marshalDumps(vm, rec))).toBe('db010000007200000000');
    // t = tuple([1, 2]); {t: tuple([t])}: t is written once and referenced after.
    const h = 'fba902e901000000e9020000002901720100000030';
    const d = loads(h);
    expect(hex(marshalDumps(vm, d))).toBe(h);
    expect(d).toBeInstanceOf(PyDict);
    const [[k, v]] = [...(d as PyDict).entries()];
    expect((v as PyTuple).items[0]).toBe(k);
  });

  test('errors are the exceptions CPython raises', () => {
    const message = (h: string) => {
      try {
        loads(h);
      } catch (e) {
        if (e instanceof PyBaseException) return `${e.cls.name}: ${String(e.args[0])}`;
        throw e;
      }
      return 'no error';
    };
    expect(message('')).toBe('EOFError: EOF read where object expected');
    expect(message('6901')).toBe('EOFError: marshal data too short');
    expect(message('51')).toBe('ValueError: bad marshal data (unknown type code)');
    expect(message('7205000000')).toBe('ValueError: bad marshal data (invalid reference)');
    expect(message('280100000030')).toBe('TypeError: NULL object in marshal data for tuple');
    expect(message('6c010000000080')).toBe('ValueError: bad marshal data (digit out of range in long)');
    expect(message('7900')).toBe('EOFError: marshal data too short');
  });

  test("cProfile's dump of demo.prof is written back byte for byte", () => {
    const file = readFileSync(new URL('../conformance/pstats/_data/demo.prof', import.meta.url));
    const { value, used } = marshalLoads(vm, file);
    expect(used).toBe(file.length);
    expect(Buffer.from(marshalDumps(vm, value)).equals(file)).toBe(true);
  });
});
