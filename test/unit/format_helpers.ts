// Shared helpers of the vm/format tests: Python-style outcomes and the CPython fixtures beside them.

import { readFileSync } from 'node:fs';
import { PyBaseException } from '../../vm/objects/exceptions.js';

/** ['ok', value] or ['err', exception class name, str(args[0])], as the fixture generator records them. */
export function outcome(f: () => unknown): unknown[] {
  try {
    return ['ok', f()];
  } catch (e) {
    if (e instanceof PyBaseException) return ['err', e.cls.name, e.args.length ? String(e.args[0]) : ''];
    throw e;
  }
}

/** A JSON fixture written by test/unit/fixtures/gen_format_fixtures.py. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/** A Python int from its decimal or hex text, as a number when it is a safe integer. */
export function pyInt(text: string): number | bigint {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let v = BigInt(body);
  if (negative) v = -v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** A double from its 16 hex digits of IEEE bits. */
export function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, Number.parseInt(hex.slice(0, 8), 16));
  dv.setUint32(4, Number.parseInt(hex.slice(8), 16));
  return dv.getFloat64(0);
}

/** A float from its Python repr. */
export function pyFloat(text: string): number {
  if (text === 'nan') return NaN;
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}
