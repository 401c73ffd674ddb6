// The text of Python source given as bytes (compile/exec/eval of bytes, source files): PEP 263's
// coding declaration on the first or second line picks the codec, else UTF-8 (a BOM is dropped).

import { decodeBytes, lookupTextCodec } from './methods/codecs.js';
import { newException, SyntaxError } from './objects/exceptions.js';
import type { VM } from './vm.js';
import { decodeUtf8Escaping, utf8SequenceLength } from './source_bytes.js';

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(#.*)?\r?$/;

/** The encoding a coding declaration names, or null (CPython's check_coding_spec over the first two lines). */
function declaredEncoding(data: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(data.subarray(0, Math.min(data.length, 2048)));
  const lines = head.split('\n');
  for (let i = 0; i < 2 && i < lines.length; i++) {
    const m = CODING.exec(lines[i]);
    if (m !== null) return normalName(m[1]);
    // Only a blank or comment first line lets the second one declare it.
    if (!BLANK_OR_COMMENT.test(lines[i])) break;
  }
  return null;
}

/** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it knows become one name. */
function normalName(name: string): string {
  const lower = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  for (const l of ['latin-1', 'iso-8859-1', 'iso-latin-1']) if (lower === l || lower.startsWith(`${l}-`)) return 'iso-8859-1';
  return name;
}

/** The encoding a coding declaration names when no codec has that name, else null. */
export function unknownSourceEncoding(data: Uint8Array): string | null {
  const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  const enc = bom ? null : declaredEncoding(data);
  if (enc === null || enc === 'utf-8') return null;
  try {
    lookupTextCodec(enc, 'decode');
    return null;
  } catch {
    return enc;
  }
}

/**
 * Source bytes as text: their declared encoding's decoding, else UTF-8 (malformed bytes kept as
 * lone surrogates, see source_bytes.ts). A BOM is dropped, or kept as U+FEFF with `keepBom` for
 * the parser, which drops it and words some errors differently for it (Source.hadBom).
 */
export function decodeSource(data: Uint8Array, vm?: VM, keepBom = false): string {
  let bytes = data;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) bytes = bytes.subarray(3);
  const enc = bom ? null : declaredEncoding(bytes);
  if (enc === null || enc === 'utf-8') return (bom && keepBom ? '\uFEFF' : '') + decodeUtf8Escaping(bytes);
  try {
    lookupTextCodec(enc, 'decode');
  } catch {
    throw newException(SyntaxError, `unknown encoding: ${enc}`);
  }
  return decodeBytes(bytes, enc, 'strict', vm);
}

/**
 * Where a source file with no coding declaration (and no BOM) first stops being UTF-8: the
 * 1-based line and the first byte of the bad sequence, or null. CPython's file tokenizer checks
 * every line it reads, comments included, before anything is compiled.
 */
export function firstNonUtf8(data: Uint8Array): { line: number; byte: number } | null {
  const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  if (bom || declaredEncoding(data) !== null) return null;
  let line = 1;
  for (let i = 0; i < data.length; ) {
    const b = data[i];
    if (b === 0x0a) line += 1;
    const len = utf8SequenceLength(data, i);
    if (len === 0) return { line, byte: b };
    i += len;
  }
  return null;
}

