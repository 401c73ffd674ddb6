// The byte-oriented codecs: utf-8, ascii and latin-1, with CPython's error ranges and reasons.

import { Buffer } from 'node:buffer';
import { latin1 } from './latin1.js';
import { ByteSink, TextSink } from './codec_buffers.js';
import { decodeErrorRepair, DecodeInput } from './codec_errors.js';
import { EncoderSpec, encodeWith } from './codec_encoder.js';

const isSurrogate = (cp: number) => cp >= 0xd800 && cp < 0xe000;

function putUtf8(out: ByteSink, cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6));
    out.push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18));
    out.push(0x80 | ((cp >> 12) & 0x3f));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  }
}

const UTF8: EncoderSpec = {
  encoding: 'utf-8',
  prefix: [],
  cannotEncode: isSurrogate,
  reason: 'surrogates not allowed',
  wholeRun: true,
  put: putUtf8,
  unit: 1,
  surrogateBytes: (cp) => [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)],
};

function limited(encoding: string, limit: number): EncoderSpec {
  return {
    encoding,
    prefix: [],
    cannotEncode: (cp) => cp >= limit,
    reason: `ordinal not in range(${limit})`,
    wholeRun: true,
    put: (out, cp) => out.push(cp),
    unit: 1,
  };
}

const ASCII = limited('ascii', 0x80);
const LATIN1 = limited('latin-1', 0x100);

/**
 * Texts at least this long are encoded and decoded by node's native code when they can be
 * (one call made once would run a JavaScript loop over them unoptimised: tpy runs node
 * without on-stack replacement); shorter ones are not worth its set-up.
 */
const NATIVE_MIN = 1024;

/** Valid UTF-8 decoded natively: its well-formed sequences are exactly CPython's (Unicode's table 3-7). */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Fast path: a string of only ASCII characters is its own encoding in all three. */
function asciiBytes(s: string): Uint8Array | null {
  if (s.length >= NATIVE_MIN) {
    // Its UTF-8 is one byte a character only when every character is ASCII.
    if (Buffer.byteLength(s, 'utf8') !== s.length) return null;
    const bytes = new Uint8Array(s.length);
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).write(s, 0, s.length, 'latin1');
    return bytes;
  }
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return null;
    out[i] = c;
  }
  return out;
}

export function encodeUtf8(s: string, errors: string): Uint8Array {
  return asciiBytes(s) ?? encodeWith(UTF8, s, errors);
}

export function encodeAscii(s: string, errors: string): Uint8Array {
  return asciiBytes(s) ?? encodeWith(ASCII, s, errors);
}

export function encodeLatin1(s: string, errors: string): Uint8Array {
  return asciiBytes(s) ?? encodeWith(LATIN1, s, errors);
}

/** Where a malformed UTF-8 sequence starting at i ends, and why (CPython's decoder's ranges). */
function utf8Error(data: Uint8Array, i: number): [number, string] {
  const b = data[i];
  const n = data.length;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b < 0xc2 || b > 0xf4) return [i + 1, 'invalid start byte'];
  if (b < 0xe0) need = 1;
  else if (b < 0xf0) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
  } else {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
  }
  for (let k = 1; k <= need; k++) {
    if (i + k >= n) return [n, 'unexpected end of data'];
    const c = data[i + k];
    const ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
    if (!ok) return [i + k, 'invalid continuation byte'];
  }
  return [i, ''];
}

/** surrogatepass: a surrogate written as UTF-8 (ED A0..BF 80..BF). */
function utf8SurrogateAt(data: Uint8Array, at: number): [number, number] | null {
  if (at + 2 >= data.length || data[at] !== 0xed) return null;
  const b1 = data[at + 1];
  const b2 = data[at + 2];
  if (b1 < 0xa0 || b1 > 0xbf || (b2 & 0xc0) !== 0x80) return null;
  return [0xd000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f), at + 3];
}

export function decodeUtf8(data: Uint8Array, errors: string): string {
  if (data.length >= NATIVE_MIN) {
    try {
      return strictUtf8.decode(data);
    } catch {
      // Malformed somewhere: the loop below reports or repairs it as CPython does.
    }
  }
  const out = new TextSink();
  const input: DecodeInput = { encoding: 'utf-8', data, surrogateAt: (at) => utf8SurrogateAt(data, at) };
  const n = data.length;
  let i = 0;
  while (i < n) {
    const b = data[i];
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    }
    const [end, reason] = utf8Error(data, i);
    if (reason === '') {
      let cp: number;
      if (b < 0xe0) cp = ((b & 0x1f) << 6) | (data[i + 1] & 0x3f);
      else if (b < 0xf0) cp = ((b & 0x0f) << 12) | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f);
      else cp = ((b & 0x07) << 18) | ((data[i + 1] & 0x3f) << 12) | ((data[i + 2] & 0x3f) << 6) | (data[i + 3] & 0x3f);
      out.push(cp);
      i += b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
      continue;
    }
    const repair = decodeErrorRepair(errors, input, i, end, reason);
    out.pushText(repair.text);
    i = repair.pos;
  }
  return out.result();
}

export function decodeAscii(data: Uint8Array, errors: string): string {
  const out = new TextSink();
  const input: DecodeInput = { encoding: 'ascii', data };
  let i = 0;
  while (i < data.length) {
    if (data[i] < 0x80) {
      out.push(data[i++]);
      continue;
    }
    const repair = decodeErrorRepair(errors, input, i, i + 1, 'ordinal not in range(128)');
    out.pushText(repair.text);
    i = repair.pos;
  }
  return out.result();
}

export function decodeLatin1(data: Uint8Array): string {
  return latin1(data);
}
