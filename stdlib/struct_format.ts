// struct format strings: the byte order, size and alignment prefix (@ = < > !), repeat counts and
// codes, compiled once into the items a Struct packs and unpacks, and struct.error.
//
// '@' (the default) is this machine's (x86-64 Linux) native layout: C sizes, little-endian, each
// item aligned to its size; n, N and P exist only there. '=', '<', '>' and '!' are the standard
// sizes (l and L are 4 bytes) with no alignment, little-endian for '=' and '<', big for '>' and '!'.

import { Exception, newException } from '../vm/objects/exceptions.js';
import { makeNativeType } from '../vm/objects/type.js';
import type { PyBaseException } from '../vm/objects/exceptions.js';
import { normInt } from '../vm/objects/int.js';

/** struct.error (defined by _struct with the module name 'struct', as CPython's). */
export const structErrorType = makeNativeType('error', Exception, { module: 'struct', allocate: Exception.allocate, instanceDict: true });

export const structError = (msg: string): PyBaseException => newException(structErrorType, msg);

/** Which table a format uses: the prefix decides. */
export enum Mode {
  NATIVE, // '@' or none
  LITTLE, // '=' or '<' (standard sizes)
  BIG, // '>' or '!' (standard sizes)
}

const NATIVE_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8,
};
const STANDARD_SIZES: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

/**
 * One code of the format with its repeat count: `count` values of `size` bytes from `offset`,
 * except s and p (one bytes value of `count` bytes) and x (`count` pad bytes, no value).
 */
export interface FormatItem {
  code: string;
  count: number;
  offset: number;
  size: number;
}

export interface StructLayout {
  /** The format as Struct.format gives it (a str). */
  format: string;
  mode: Mode;
  items: FormatItem[];
  /** Bytes packed (calcsize); a bigint only past 2**53, far beyond what can be allocated. */
  size: number | bigint;
  /** How many values pack takes and unpack returns (a bigint as size is). */
  nvalues: number | bigint;
}

const SSIZE_MAX = 2n ** 63n - 1n;
const tooLong = () => structError('total struct size too long');

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Parses a format given as ASCII bytes (a str format is encoded first by the caller). */
export function parseFormat(fmt: Uint8Array): StructLayout {
  let i = 0;
  let mode = Mode.NATIVE;
  switch (fmt[0]) {
    case 0x40: i = 1; break; // '@'
    case 0x3d: case 0x3c: mode = Mode.LITTLE; i = 1; break; // '=' '<'
    case 0x3e: case 0x21: mode = Mode.BIG; i = 1; break; // '>' '!'
  }
  const sizes = mode === Mode.NATIVE ? NATIVE_SIZES : STANDARD_SIZES;
  const items: FormatItem[] = [];
  let size = 0n;
  let nvalues = 0n;
  while (i < fmt.length) {
    let c = fmt[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    let count = 1n;
    if (isDigit(c)) {
      count = 0n;
      while (i < fmt.length && isDigit(fmt[i])) {
        count = count * 10n + BigInt(fmt[i] - 0x30);
        if (count > SSIZE_MAX) throw tooLong();
        i++;
      }
      if (i === fmt.length) throw structError('repeat count given without format specifier');
      c = fmt[i];
    }
    const code = String.fromCharCode(c);
    const itemSize = c < 0x80 ? sizes[code] : undefined;
    if (itemSize === undefined) throw structError('bad char in struct format');
    i++;
    // Native items are aligned to their own size (all of them are powers of two).
    if (mode === Mode.NATIVE && itemSize > 1) size = (size + BigInt(itemSize - 1)) & ~BigInt(itemSize - 1);
    const offset = Number(size);
    size += count * BigInt(itemSize);
    if (size > SSIZE_MAX) throw tooLong();
    items.push({ code, count: Number(count), offset, size: itemSize });
    if (code === 's' || code === 'p') nvalues++;
    else if (code !== 'x') nvalues += count;
  }
  let format = '';
  for (const b of fmt) format += String.fromCharCode(b);
  return { format, mode, items, size: normInt(size), nvalues: normInt(nvalues) };
}
