// The encoding loop every text codec shares: write each code point, and hand the ones the
// encoding cannot carry to the error handler (codec_errors.ts).

import { ByteSink } from './codec_buffers.js';
import { encodeErrorRepair, EncodeInput, unicodeEncodeError } from './codec_errors.js';

/** How one encoding writes code points, and which ones it cannot write. */
export interface EncoderSpec {
  /** The name errors carry ('utf-8', 'utf-16-le', 'latin-1'...). */
  encoding: string;
  /** Written first (a byte order mark), or empty. */
  prefix: number[];
  cannotEncode(cp: number): boolean;
  reason: string;
  /** Whether an error covers the whole run of unencodable characters (utf-8, ascii, latin-1) or one (utf-16, utf-32). */
  wholeRun: boolean;
  put(out: ByteSink, cp: number): void;
  /** Raw bytes from a handler must come in whole units of this many bytes (CPython's check for utf-16/32). */
  unit: number;
  surrogateBytes?: (cp: number) => number[];
}

export function encodeWith(spec: EncoderSpec, s: string, errors: string): Uint8Array {
  const out = new ByteSink();
  out.pushAll(spec.prefix);
  // DIVERGENCE: a str is a JS string, so a high surrogate followed by a low one is read as the
  // character they pair to (CPython keeps them as two lone surrogates).
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const input: EncodeInput = { encoding: spec.encoding, s, cps, surrogateBytes: spec.surrogateBytes };
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i];
    if (!spec.cannotEncode(cp)) {
      spec.put(out, cp);
      i++;
      continue;
    }
    let end = i + 1;
    if (spec.wholeRun) while (end < cps.length && spec.cannotEncode(cps[end])) end++;
    const repair = encodeErrorRepair(errors, input, i, end, spec.reason);
    if (repair.bytes !== null) {
      if (repair.bytes.length % spec.unit !== 0) throw unicodeEncodeError(spec.encoding, s, i, end, spec.reason);
      out.pushAll(repair.bytes);
    } else {
      // A registered handler's text must be encodable itself (the built-in handlers' always is).
      for (const c of repair.text!) {
        if (spec.cannotEncode(c.codePointAt(0)!)) throw unicodeEncodeError(spec.encoding, s, i, end, spec.reason);
      }
      for (const c of repair.text!) spec.put(out, c.codePointAt(0)!);
    }
    i = repair.pos;
  }
  return out.result();
}
