// bytes to str, one code point per byte (latin-1 decoding, bytes.hex, repr pieces).

/** Buffer's undocumented decoder (what toString('latin1') calls, without its argument checks). */
interface Latin1Slicer {
  latin1Slice(start: number, end: number): string;
}

/**
 * The str whose code points are data's bytes. Longer data through Node's native latin1 decoder
 * (ISO-8859-1, a view on the same memory); up to 64 bytes eight characters a call, because V8
 * keeps typed arrays that small inside the object and reading `.buffer` moves them out (~1 us).
 * (Spreading a typed array into String.fromCharCode costs ~20 ns a byte: the iterator protocol.)
 */
export function latin1(data: Uint8Array): string {
  const n = data.length;
  if (n > 64) return (Buffer.from(data.buffer, data.byteOffset, n) as unknown as Latin1Slicer).latin1Slice(0, n);
  let s = '';
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    s += String.fromCharCode(data[i], data[i + 1], data[i + 2], data[i + 3], data[i + 4], data[i + 5], data[i + 6], data[i + 7]);
  }
  for (; i < n; i++) s += String.fromCharCode(data[i]);
  return s;
}
