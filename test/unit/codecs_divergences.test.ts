// Where tpy's codecs deliberately differ from CPython's (docs/differences.md, "codecs, binascii, base64").
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../index.js';

async function run(source: string): Promise<string> {
  const r = await runProgram({ source, filename: 'x.py' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('codecs divergences', () => {
  it('a high surrogate followed by a low one is the character they pair to', async () => {
    const out = await run(`
s = '\\ud83d\\ude00'
print(len(s), s.encode('utf-16-le'), b'\\xed\\xa0\\xbd\\xed\\xb8\\x80'.decode('utf-8', 'surrogatepass') == s)
`);
    expect(out).toBe("1 b'=\\xd8\\x00\\xde' True\n");
  });

  it('binascii.hexlify refuses a non-ASCII separator, as bytes.hex does', async () => {
    const out = await run(`
import binascii
try:
    binascii.hexlify(b'ab', '\\xe9')
except ValueError as e:
    print(e)
`);
    expect(out).toBe('sep must be ASCII.\n');
  });
});
