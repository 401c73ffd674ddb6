// binascii's quoted-printable (RFC 1521) and uuencode line conversions, as binascii.c does them.
// The quopri and uu modules and the 'quopri' and 'uu' codecs are built on these.

/** Longest encoded line b2a_qp writes, its soft line break '=' included. */
const QP_MAXLINE = 76;
const HEX = '0123456789ABCDEF';

function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  const l = b | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
}

/** a2b_qp: '=XX' escapes and soft line breaks undone; with `header`, '_' is a space. */
export function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < data.length) {
    const c = data[i];
    if (c === 0x3d /* = */) {
      i++;
      if (i >= data.length) break;
      const n = data[i];
      if (n === 0x0a || n === 0x0d) {
        // a soft line break: skip to the end of the line
        while (i < data.length && data[i] !== 0x0a) i++;
        if (i < data.length) i++;
      } else if (n === 0x3d) {
        out.push(0x3d); // '==' from old, broken encoders
        i++;
      } else if (i + 1 < data.length && hexValue(n) >= 0 && hexValue(data[i + 1]) >= 0) {
        out.push((hexValue(n) << 4) | hexValue(data[i + 1]));
        i += 2;
      } else out.push(0x3d);
    } else if (header && c === 0x5f /* _ */) {
      out.push(0x20);
      i++;
    } else {
      out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

/**
 * b2a_qp: bytes that need it as '=XX' (and, with `quotetabs`, every tab and space), lines
 * broken with '=' before 76 characters, trailing whitespace of a line escaped. Lines end as the
 * first line of the input does ("\r\n" or "\n"). Without `istext`, CR and LF are data too.
 */
export function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const lf = data.indexOf(0x0a);
  const crlf = lf > 0 && data[lf - 1] === 0x0d;
  const out: number[] = [];
  const newline = () => {
    if (crlf) out.push(0x0d);
    out.push(0x0a);
  };
  const escape = (b: number) => out.push(0x3d, HEX.charCodeAt(b >> 4), HEX.charCodeAt(b & 15));
  const n = data.length;
  let linelen = 0;
  let i = 0;
  while (i < n) {
    const c = data[i];
    const last = i + 1 === n;
    const next = last ? -1 : data[i + 1];
    const needsEscape = c > 126 || c === 0x3d || (header && c === 0x5f)
      || (c === 0x2e && linelen === 0 && (last || next === 0x0a || next === 0x0d || next === 0))
      || (!istext && (c === 0x0d || c === 0x0a))
      || ((c === 0x09 || c === 0x20) && last)
      || (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)));
    if (needsEscape) {
      if (linelen + 3 >= QP_MAXLINE) {
        out.push(0x3d);
        newline();
        linelen = 0;
      }
      escape(c);
      i++;
      linelen += 3;
    } else if (istext && (c === 0x0a || (c === 0x0d && !last && next === 0x0a))) {
      linelen = 0;
      // whitespace at the end of a line would be lost: escape it
      const prev = out.length > 0 ? out[out.length - 1] : -1;
      if (prev === 0x20 || prev === 0x09) {
        out.pop();
        escape(prev);
      }
      newline();
      i += c === 0x0d ? 2 : 1;
    } else {
      if (!last && next !== 0x0a && linelen + 1 >= QP_MAXLINE) {
        out.push(0x3d);
        newline();
        linelen = 0;
      }
      linelen++;
      out.push(header && c === 0x20 ? 0x5f : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

/** b2a_uu: one uuencoded line (a length character, 4 characters per 3 bytes, a newline) of at most 45 bytes. */
export function b2aUu(data: Uint8Array, backtick: boolean, fail: (msg: string) => never): Uint8Array {
  if (data.length > 45) fail('At most 45 bytes at once');
  const ch = (v: number) => (backtick && v === 0 ? 0x60 : v + 0x20);
  const out: number[] = [ch(data.length)];
  for (let i = 0; i < data.length; i += 3) {
    const v = (data[i] << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    out.push(ch((v >> 18) & 63), ch((v >> 12) & 63), ch((v >> 6) & 63), ch(v & 63));
  }
  out.push(0x0a);
  return Uint8Array.from(out);
}

/** a2b_uu: one uuencoded line back to its bytes (zeros for characters missing at its end). */
export function a2bUu(data: Uint8Array, fail: (msg: string) => never): Uint8Array {
  // the length comes from the first character (an empty line's is C's terminating NUL)
  let want = ((data.length > 0 ? data[0] : 0) - 0x20) & 63;
  const out = new Uint8Array(want);
  let at = 0;
  let i = 1;
  let acc = 0;
  let bits = 0;
  for (; want > 0; i++) {
    let c = i < data.length ? data[i] : 0;
    if (c === 0x0a || c === 0x0d || i >= data.length) c = 0;
    else {
      // 0x60 ('`') stands for zero in some encoders
      if (c < 0x20 || c > 0x60) fail('Illegal char');
      c = (c - 0x20) & 63;
    }
    acc = (acc << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
      want--;
    }
  }
  for (; i < data.length; i++) {
    const c = data[i];
    if (c !== 0x20 && c !== 0x60 && c !== 0x0a && c !== 0x0d) fail('Trailing garbage');
  }
  return out;
}
