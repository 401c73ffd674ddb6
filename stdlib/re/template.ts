// Replacement templates of re.sub and Match.expand: literal text and group references
// (\1, \g<1>, \g<name>) with the escapes sre_parse.parse_template accepts.

import { RegexSyntaxError } from './translate.js';

/** A parsed template: literal strings alternating with group numbers. */
export type Template = (string | number)[];

const ASCII_LETTERS = /[a-zA-Z]/;
const ESCAPES: Record<string, string> = { a: '\x07', b: '\x08', f: '\x0c', n: '\n', r: '\r', t: '\t', v: '\x0b', '\\': '\\' };

export function parseTemplate(text: string, groups: number, groupIndex: Map<string, number>): Template {
  const chars = Array.from(text);
  const out: Template = [];
  let literal = '';
  const groupRef = (n: number, pos: number) => {
    if (n > groups) throw new RegexSyntaxError(`invalid group reference ${n}`, pos);
    if (literal !== '') out.push(literal);
    literal = '';
    out.push(n);
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c !== '\\') {
      literal += c;
      continue;
    }
    const start = i;
    const e = chars[++i];
    if (e === undefined) throw new RegexSyntaxError('bad escape (end of pattern)', start);
    if (e === 'g') {
      if (chars[i + 1] !== '<') throw new RegexSyntaxError('missing <', i + 1);
      const close = chars.indexOf('>', i + 2);
      if (close < 0) throw new RegexSyntaxError('missing >, unterminated name', i + 2);
      const name = chars.slice(i + 2, close).join('');
      if (name === '') throw new RegexSyntaxError('missing group name', i + 2);
      let n: number;
      if (/^[0-9]+$/.test(name)) n = Number(name);
      else {
        const found = groupIndex.get(name);
        if (found === undefined) {
          if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) throw new RegexSyntaxError(`bad character in group name '${name}'`, i + 2);
          throw new IndexError(`unknown group name '${name}'`);
        }
        n = found;
      }
      groupRef(n, i + 2);
      i = close;
    } else if (e === '0') {
      let digits = '';
      while (digits.length < 2 && /[0-7]/.test(chars[i + 1] ?? '')) digits += chars[++i];
      literal += String.fromCodePoint(parseInt(digits || '0', 8));
    } else if (/[1-9]/.test(e)) {
      let digits = e;
      if (/[0-9]/.test(chars[i + 1] ?? '')) {
        digits += chars[++i];
        if (/[0-7]/.test(e) && /[0-7]/.test(digits[1]) && /[0-7]/.test(chars[i + 1] ?? '')) {
          const v = parseInt(digits + chars[++i], 8);
          if (v > 0o377) throw new RegexSyntaxError(`octal escape value \\${digits}${chars[i]} outside of range 0-0o377`, start);
          literal += String.fromCodePoint(v);
          continue;
        }
      }
      groupRef(Number(digits), start + 1);
    } else if (e in ESCAPES) {
      literal += ESCAPES[e];
    } else if (ASCII_LETTERS.test(e)) {
      throw new RegexSyntaxError(`bad escape \\${e}`, start);
    } else {
      literal += '\\' + e;
    }
  }
  if (literal !== '') out.push(literal);
  return out;
}

/** An unknown group name in a template is an IndexError in CPython, not re.error. */
export class IndexError extends Error {}
