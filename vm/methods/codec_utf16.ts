// UTF-16 and UTF-32, little- and big-endian, and the plain 'utf-16'/'utf-32' codecs that write a
// byte order mark (little-endian, as CPython on this machine) and read one when it is there.

import { ByteSink, TextSink } from './codec_buffers.js';
import { decodeErrorRepair, DecodeInput } from './codec_errors.js';
import { EncoderSpec, encodeWith } from './codec_encoder.js';

export type Width = 2 | 4;

const isSurrogate = (cp: number) => cp >= 0xd800 && cp < 0xe000;

/** One code unit of `width` bytes, in either byte order. */
function unitBytes(v: number, width: Width, bigEndian: boolean): number[] {
  const le = width === 2 ? [v & 0xff, (v >> 8) & 0xff] : [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
  return bigEndian ? le.reverse() : le;
}

function readUnit(data: Uint8Array, at: number, width: Width, bigEndian: boolean): number {
  let v = 0;
  for (let k = 0; k < width; k++) v = v * 256 + data[bigEndian ? at + k : at + width - 1 - k];
  return v;
}

function name(width: Width, bigEndian: boolean | null): string {
  const base = width === 2 ? 'utf-16' : 'utf-32';
  return bigEndian === null ? base : `${base}-${bigEndian ? 'be' : 'le'}`;
}

/** Encodes with a fixed byte order; `withBom` writes the mark first (the plain 'utf-16'/'utf-32' codecs). */
export function encodeUtf16or32(s: string, errors: string, width: Width, bigEndian: boolean, withBom: boolean): Uint8Array {
  const spec: EncoderSpec = {
    encoding: name(width, withBom ? null : bigEndian),
    prefix: withBom ? unitBytes(0xfeff, width, bigEndian) : [],
    cannotEncode: isSurrogate,
    reason: 'surrogates not allowed',
    wholeRun: false,
    put: width === 4
      ? (out: ByteSink, cp: number) => out.pushAll(unitBytes(cp, 4, bigEndian))
      : (out: ByteSink, cp: number) => {
        if (cp < 0x10000) out.pushAll(unitBytes(cp, 2, bigEndian));
        else {
          const v = cp - 0x10000;
          out.pushAll(unitBytes(0xd800 | (v >> 10), 2, bigEndian));
          out.pushAll(unitBytes(0xdc00 | (v & 0x3ff), 2, bigEndian));
        }
      },
    unit: width,
    surrogateBytes: (cp) => unitBytes(cp, width, bigEndian),
  };
  return encodeWith(spec, s, errors);
}

/** The byte order a mark at the start of `data` announces, or null. */
function bomOrder(data: Uint8Array, width: Width): boolean | null {
  if (data.length < width) return null;
  const v = readUnit(data, 0, width, false);
  if (v === 0xfeff) return false;
  if (v === (width === 2 ? 0xfffe : 0xfffe0000)) return true;
  return null;
}

/**
 * Decodes; `bigEndian === null` is the plain codec: a byte order mark picks the order and is
 * dropped, little-endian without one. Errors then name the order used ('utf-16-le'), as CPython's do.
 */
export function decodeUtf16or32(data: Uint8Array, errors: string, width: Width, bigEndian: boolean | null): string {
  let i = 0;
  if (bigEndian === null) {
    const order = bomOrder(data, width);
    if (order !== null) i = width;
    bigEndian = order ?? false;
  }
  const be = bigEndian;
  const n = data.length;
  const input: DecodeInput = {
    encoding: name(width, be),
    data,
    surrogateAt: (at) => {
      if (at + width > n) return null;
      const v = readUnit(data, at, width, be);
      return isSurrogate(v) ? [v, at + width] : null;
    },
  };
  const out = new TextSink();
  while (i < n) {
    let end: number;
    let reason: string;
    if (i + width > n) {
      end = n;
      reason = 'truncated data';
    } else if (width === 4) {
      const v = readUnit(data, i, 4, be);
      if (v < 0x110000 && !isSurrogate(v)) {
        out.push(v);
        i += 4;
        continue;
      }
      end = i + 4;
      reason = v >= 0x110000 ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)';
    } else {
      const u = readUnit(data, i, 2, be);
      if (!isSurrogate(u)) {
        out.push(u);
        i += 2;
        continue;
      }
      if (u >= 0xdc00) {
        end = i + 2;
        reason = 'illegal encoding';
      } else if (i + 4 > n) {
        end = n;
        reason = 'unexpected end of data';
      } else {
        const u2 = readUnit(data, i + 2, 2, be);
        if (u2 >= 0xdc00 && u2 < 0xe000) {
          out.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
          i += 4;
          continue;
        }
        end = i + 2;
        reason = 'illegal UTF-16 surrogate';
      }
    }
    const repair = decodeErrorRepair(errors, input, i, end, reason);
    out.pushText(repair.text);
    i = repair.pos;
  }
  return out.result();
}
