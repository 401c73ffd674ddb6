// The backslash escapes of a str literal that stand for one fixed text, shared by the compiler
// (compiler/fstring.ts) and the unicode_escape codec (vm/methods/codec_escape.ts), which
// CPython implements with one decoder.

export const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '', // a backslash at a line's end continues the line
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};
