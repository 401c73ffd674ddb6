// Single-byte code pages (cp1252, the Windows Western one; cp437, the DOS one): each byte
// below 0x80 is ASCII and each one above maps through a table; a byte the code page leaves
// undefined, or a character it has no byte for, is CPython's 'charmap' error.

import { TextSink } from './codec_buffers.js';
import { decodeErrorRepair, DecodeInput } from './codec_errors.js';
import { EncoderSpec, encodeWith } from './codec_encoder.js';

/** U+FFFE in a table: the byte is undefined in that code page. */
const UNDEFINED = 0xfffe;

/** Bytes 0x80-0xFF of each code page, as the characters they decode to (the vendors' mapping tables). */
const UPPER = {
  cp1252: '\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff',
  cp437: '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0',
};

export type CodePage = keyof typeof UPPER;

interface Table {
  decode: Uint16Array;
  encode: Map<number, number>;
  spec: EncoderSpec;
}

const tables = new Map<CodePage, Table>();

function tableOf(page: CodePage): Table {
  let t = tables.get(page);
  if (t === undefined) {
    const decode = new Uint16Array(256);
    const encode = new Map<number, number>();
    for (let b = 0; b < 256; b++) {
      const cp = b < 0x80 ? b : UPPER[page].charCodeAt(b - 0x80);
      decode[b] = cp;
      if (cp !== UNDEFINED) encode.set(cp, b);
    }
    const spec: EncoderSpec = {
      encoding: 'charmap',
      prefix: [],
      cannotEncode: (cp) => !encode.has(cp),
      reason: 'character maps to <undefined>',
      wholeRun: true,
      put: (out, cp) => out.push(encode.get(cp)!),
      unit: 1,
    };
    t = { decode, encode, spec };
    tables.set(page, t);
  }
  return t;
}

export function encodeCodePage(page: CodePage, s: string, errors: string): Uint8Array {
  return encodeWith(tableOf(page).spec, s, errors);
}

export function decodeCodePage(page: CodePage, data: Uint8Array, errors: string): string {
  const { decode } = tableOf(page);
  const out = new TextSink();
  const input: DecodeInput = { encoding: 'charmap', data };
  let i = 0;
  while (i < data.length) {
    const cp = decode[data[i]];
    if (cp !== UNDEFINED) {
      out.push(cp);
      i++;
      continue;
    }
    const repair = decodeErrorRepair(errors, input, i, i + 1, 'character maps to <undefined>');
    out.pushText(repair.text);
    i = repair.pos;
  }
  return out.result();
}
