// The unicodedata module: Unicode 14.0's character database, as CPython 3.11 has it.
//
// Properties, numeric values, names and decompositions come from tables generated out of
// CPython 3.11's own database (scripts/gen_unicodedata.py, vm/unicode/); normalization is
// JavaScript's String.prototype.normalize, whose ICU may know a later Unicode version
// (docs/differences.md). ucd_3_2_0 (the Unicode 3.2 database, for IDNA and stringprep) and
// its type UCD are written in tpy (stdlib/lib/_ucd_3_2_0.py) and loaded at first use.

import type { PyObject } from '../vm/objects/object.js';
import { installLazyNames } from './lazy_module_names.js';
import { importModule } from '../vm/import.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyByteArray, PyBytes } from '../vm/objects/bytes.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { keyError, newException, typeError, valueError, KeyError } from '../vm/objects/exceptions.js';
import { strVal } from '../vm/objects/str.js';
import { checkArgCount, noKwargs, oneArg } from '../vm/methods/args.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';
import {
  NumericKind, ucdBidirectional, ucdCategory, ucdCombining, ucdEastAsianWidth, ucdMirrored, ucdNumeric,
} from '../vm/unicode/ucd.js';
import type { NumericValue } from '../vm/unicode/ucd.js';
import { charName, lookupName } from '../vm/unicode/names.js';
import { ucdDecomposition } from '../vm/unicode/decompositions.js';
import type { ModuleInit } from '../vm/vm.js';

/** unidata_version: the database CPython 3.11 carries. */
const UNIDATA_VERSION = '14.0.0';
/** lookup() refuses longer names before looking (CPython's NAME_MAXLEN). */
const NAME_MAXLEN = 256;
const FORMS = new Set(['NFC', 'NFKC', 'NFD', 'NFKD']);

/**
 * The code point of a one-character str argument. `what` is how CPython names the argument
 * in the message: 'argument' (METH_O functions) or 'argument 1' (the ones with a default).
 */
function charArg(fname: string, what: string, o: PyObject): number {
  const s = strVal(o);
  if (s !== undefined && s.length > 0 && s.length <= 2) {
    const cp = s.codePointAt(0)!;
    if (s.length === (cp > 0xffff ? 2 : 1)) return cp;
  }
  throw typeError(`${fname}() ${what} must be a unicode character, not ${typeName(o)}`);
}

/** A METH_O property function of one character. */
function property(name: string, get: (cp: number) => PyObject): NativeFn {
  return (_vm, args, kwargs) => get(charArg(name, 'argument', oneArg(`unicodedata.${name}`, args, kwargs, 0)));
}

/** decimal/digit/numeric/name: one character and an optional default, returned when the value is missing. */
function withDefault(name: string, get: (cp: number) => PyObject | undefined, missing: string): NativeFn {
  return (_vm, args, kwargs) => {
    noKwargs(`unicodedata.${name}`, kwargs);
    checkArgCount(name, args, 1, 2, 0);
    const v = get(charArg(name, 'argument 1', args[0]));
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw valueError(missing);
  };
}

function numericOf(kinds: NumericKind, cp: number): NumericValue | undefined {
  const v = ucdNumeric(cp);
  return v !== undefined && v.kind <= kinds ? v : undefined;
}

/** normalize()'s and is_normalized()'s two str arguments: the form, checked, and the text. */
function normalizeArgs(name: string, args: PyObject[], kwargs: Map<string, PyObject> | null): [string, string] {
  noKwargs(`unicodedata.${name}`, kwargs);
  checkArgCount(name, args, 2, 2, 0);
  const form = strVal(args[0]);
  if (form === undefined) throw typeError(`${name}() argument 1 must be str, not ${argTypeName(args[0])}`);
  const s = strVal(args[1]);
  if (s === undefined) throw typeError(`${name}() argument 2 must be str, not ${argTypeName(args[1])}`);
  if (!FORMS.has(form)) throw valueError('invalid normalization form');
  return [form, s];
}

const unicodedata_normalize: NativeFn = (_vm, args, kwargs) => {
  const [form, s] = normalizeArgs('normalize', args, kwargs);
  const out = s.normalize(form);
  // CPython hands back the argument itself (a str subclass instance too) when it is already normal.
  return out === s ? args[1] : out;
};

const unicodedata_is_normalized: NativeFn = (_vm, args, kwargs) => {
  const [form, s] = normalizeArgs('is_normalized', args, kwargs);
  return s.normalize(form) === s;
};

const unicodedata_lookup: NativeFn = (_vm, args, kwargs) => {
  const arg = oneArg('unicodedata.lookup', args, kwargs, 0);
  let name = strVal(arg);
  if (name === undefined) {
    if (!(arg instanceof PyBytes)) {
      if (arg instanceof PyByteArray) {
        throw typeError(`lookup() argument must be read-only bytes-like object, not ${argTypeName(arg)}`);
      }
      throw typeError(`a bytes-like object is required, not '${typeName(arg)}'`);
    }
    name = new TextDecoder().decode(arg.data);
  }
  if (name.length > NAME_MAXLEN) throw newException(KeyError, 'name too long');
  const text = lookupName(name);
  if (text === undefined) throw keyError(`undefined character name '${name}'`);
  return text;
};

const MODULE_DOC = `This module provides access to the Unicode Character Database which
defines character properties for all Unicode characters. The data in
this database is based on the UnicodeData.txt file version
${UNIDATA_VERSION} which is publicly available from ftp://ftp.unicode.org/.

The module uses the same names and symbols as defined by the
UnicodeData File Format ${UNIDATA_VERSION}.`;

export const init_unicodedata: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', MODULE_DOC);
  const functions: [string, NativeFn][] = [
    ['decimal', withDefault('decimal', (cp) => numericOf(NumericKind.Decimal, cp)?.num, 'not a decimal')],
    ['digit', withDefault('digit', (cp) => numericOf(NumericKind.Digit, cp)?.num, 'not a digit')],
    ['numeric', withDefault('numeric', (cp) => {
      const v = numericOf(NumericKind.Numeric, cp);
      return v === undefined ? undefined : new PyFloat(v.num / v.den);
    }, 'not a numeric character')],
    ['category', property('category', ucdCategory)],
    ['bidirectional', property('bidirectional', ucdBidirectional)],
    ['combining', property('combining', ucdCombining)],
    ['east_asian_width', property('east_asian_width', ucdEastAsianWidth)],
    ['mirrored', property('mirrored', ucdMirrored)],
    ['decomposition', property('decomposition', ucdDecomposition)],
    ['normalize', unicodedata_normalize],
    ['is_normalized', unicodedata_is_normalized],
    ['name', withDefault('name', charName, 'no such name')],
    ['lookup', unicodedata_lookup],
  ];
  for (const [name, fn] of functions) d.setStr(name, builtin(name, fn, 'unicodedata'));
  d.setStr('unidata_version', UNIDATA_VERSION);
  installLazyNames(d, 'unicodedata', ['ucd_3_2_0', 'UCD'], (vm) => {
    const old = importModule(vm, '_ucd_3_2_0', null).dict;
    d.setStr('ucd_3_2_0', old.getStr('ucd_3_2_0')!);
    d.setStr('UCD', old.getStr('UCD')!);
  });
};
