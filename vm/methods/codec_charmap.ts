// The single-byte code pages (cp1252, cp437, iso8859-2, koi8-r, mac-roman, the EBCDIC pages...:
// codepages.ts, generated from CPython's tables): each byte decodes to one character through
// its page's table; a byte the page leaves undefined, or a character it has no byte for, is
// CPython's 'charmap' error.

import { TextSink } from './codec_buffers.js';
import { decodeErrorRepair, DecodeInput } from './codec_errors.js';
import { EncoderSpec, encodeWith } from './codec_encoder.js';
import { CODE_PAGES } from './codepages.js';

/** U+FFFE in a table: the byte is undefined in that code page. */
const UNDEFINED = 0xfffe;

/** A code page by its module name (encodings.cp1251): one of CODE_PAGES' keys. */
export type CodePage = string;

/** The code pages' module names, their codecs.lookup() names and their aliases. */
export function codePages(): { module: string; name: string; aliases: string[] }[] {
  return Object.entries(CODE_PAGES).map(([module, [name, aliases]]) => ({ module, name, aliases: aliases === '' ? [] : aliases.split(' ') }));
}

interface Table {
  decode: Uint16Array;
  encode: Map<number, number>;
  spec: EncoderSpec;
}

/** Each page's tables, built at its first use. */
const tables = new Map<CodePage, Table>();

function tableOf(page: CodePage): Table {
  let t = tables.get(page);
  if (t === undefined) {
    const decode = new Uint16Array(256);
    const encode = new Map<number, number>();
    const chars = CODE_PAGES[page][2];
    const low = 256 - chars.length; // 128: bytes below 0x80 are ASCII
    for (let b = 0; b < 256; b++) {
      const cp = b < low ? b : chars.charCodeAt(b - low);
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
