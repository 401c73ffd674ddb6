// Source bytes that are not UTF-8 (compile() of bytes, an imported module's file): CPython's
// tokenizer passes them through and only the decoding of a string literal holding them fails
// ("(unicode error) 'utf-8' codec can't decode byte ..."), while a comment may hold anything.
// tpy keeps each such byte in the source text as a lone surrogate U+DC80..U+DCFF (as the
// 'surrogateescape' error handler does; well-formed UTF-8 never decodes to one), so a literal
// can give back its bytes and the error line can show CPython's U+FFFD.

/**
 * Does the text hold a byte that was not UTF-8? A lone U+DC80..U+DCFF only: the second half of
 * a surrogate pair (U+1F4BB '💻' is \ud83d\udcbb) is part of a well-formed character.
 */
export const ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** The length of the well-formed UTF-8 sequence at data[i], or 0 (overlongs and surrogates are bad). */
export function utf8SequenceLength(data: Uint8Array, i: number): number {
  const b = data[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < data.length && data[i + k]! >= lo && data[i + k]! <= hi;
  const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) return cont(1, lo, hi) && cont(2) ? 3 : 0;
  if (b >= 0xf0 && b <= 0xf4) return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** UTF-8 bytes as text, each byte of a malformed sequence kept as its lone surrogate. */
export function decodeUtf8Escaping(data: Uint8Array): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let out = '';
  let from = 0;
  for (let i = 0; i < data.length; ) {
    const len = utf8SequenceLength(data, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out += strict.decode(data.subarray(from, i)) + String.fromCharCode(0xdc00 + data[i]!);
    from = i += 1;
  }
  return out + strict.decode(data.subarray(from));
}

/** Text back to its source bytes: UTF-8, escaped bytes as themselves. */
export function sourceBytes(text: string): Uint8Array {
  const out: number[] = [];
  const enc = new TextEncoder();
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else out.push(...enc.encode(ch));
  }
  return Uint8Array.from(out);
}

/** A line as CPython shows it in an error: its malformed bytes decoded to U+FFFD. */
export function displayedLine(line: string): string {
  return ESCAPED_BYTE.test(line) ? new TextDecoder().decode(sourceBytes(line)) : line;
}

/** The 'utf-8' codec's strict decoding error for these bytes (as str(UnicodeDecodeError)), or null. */
export function utf8DecodeError(data: Uint8Array): string | null {
  for (let i = 0; i < data.length; ) {
    const len = utf8SequenceLength(data, i);
    if (len > 0) {
      i += len;
      continue;
    }
    const b = data[i]!;
    const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let end = i + 1;
    let reason = 'invalid start byte';
    if (need > 0) {
      // The valid prefix of the sequence: cut short by the end of the data or by a bad byte.
      while (end < i + need && end < data.length && utf8SequenceLength(Uint8Array.of(...data.subarray(i, end + 1), ...new Array<number>(i + need - end - 1).fill(0x80)), 0) > 0) end += 1;
      reason = end < i + need && end >= data.length ? 'unexpected end of data' : 'invalid continuation byte';
    }
    const what = end - i === 1 ? `byte 0x${b.toString(16).padStart(2, '0')} in position ${i}` : `bytes in position ${i}-${end - 1}`;
    return `'utf-8' codec can't decode ${what}: ${reason}`;
  }
  return null;
}
