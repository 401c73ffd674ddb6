// JSON string literals: json.encoder's encode_basestring and encode_basestring_ascii.
//
// With ensure_ascii every UTF-16 unit past '~' becomes \uXXXX: an astral character is a
// surrogate pair in JS, so escaping unit by unit gives CPython's surrogate-pair escapes.

const SHORT: Record<number, string> = {
  0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x08: '\\b', 0x0c: '\\f',
};

const NEEDS_ASCII_ESCAPE = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;

function hex4(c: number): string {
  return '\\u' + c.toString(16).padStart(4, '0');
}

/** The JSON literal of `s`; `ascii` escapes everything outside printable ASCII too. */
export function encodeJsonString(s: string, ascii: boolean): string {
  if (!(ascii ? NEEDS_ASCII_ESCAPE : NEEDS_ESCAPE).test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c <= 0x7e || !ascii)) continue;
    if (i > start) out += s.slice(start, i);
    out += SHORT[c] ?? hex4(c);
    start = i + 1;
  }
  if (start < s.length) out += s.slice(start);
  return out + '"';
}
