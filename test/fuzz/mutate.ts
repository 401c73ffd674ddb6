// Mutations of existing programs (the conformance corpus) for the fuzz test: delete, duplicate or
// swap lines, change or delete a token, truncate, insert random characters, change indentation,
// splice in a line from another program. Mutated programs are made safe to run in-process afterwards (see
// `tame`): `while` loops become bounded `for` loops and `time.sleep` calls sleep for 0 seconds.

import { Rng } from './prng.js';

const TOKEN_RE = /[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\*\*=?|\/\/=?|<<=?|>>=?|[-+*/%&|^<>=!]=|->|[-+*/%&|^~<>=()[\]{}.,:;@]/g;

const KEYWORDS = ['if', 'else', 'elif', 'for', 'in', 'not', 'and', 'or', 'is', 'None', 'True', 'False', 'return', 'yield', 'lambda', 'def', 'class', 'try', 'except', 'finally', 'with', 'as', 'raise', 'from', 'del', 'pass', 'break', 'continue', 'global', 'nonlocal', 'assert', 'import'];
const NAMES = ['x', 'self', 'e', 'print', 'len', 'range', 'list', 'dict', 'str', 'int', 'super', 'object', 'Exception', 'ValueError', 'KeyError', 'StopIteration', 'SystemExit', 'GeneratorExit', '__init__', '__class__', '__name__', 'sys', 'args', 'kwargs', 'iter', 'next', 'type', 'isinstance', 'getattr'];
const NUMBERS = ['0', '1', '-1', '2', '3', '7', '10', '0.5', '1e308', '2 ** 64', '-0.0', '256', '1000', '0x10', '1_000'];
const STRINGS = ["''", '""', "'x'", "'abc'", "'%s'", "'{}'", "'{0}'", "'\\n'", "'é'", "f'{1}'", "b'x'", "'''t'''"];
const BIN_OPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@'];
const CMP_OPS = ['<', '>', '==', '!=', '<=', '>='];
const AUG_OPS = ['=', '+=', '-=', '*=', '/=', '//=', '%=', '**=', '|=', '&=', '^=', '<<=', '>>='];
const OTHER_OPS = ['~', '.', ',', ':', '(', ')', '[', ']', '{', '}', '->', ';', '*', '**', '='];
const INSERT_CHARS = ['(', ')', '[', ']', '{', '}', ':', ',', '.', '"', "'", '\\', '\n', '\t', ' ', '    ', '#', '=', '*', 'x', '0', 'é', '\u00a0', '\r', 'lambda', 'yield', 'f"', '"""', 'await ', '@', '$', '?', '!', '\x00', '\ufeff'];

export interface Mutated {
  source: string;
  mutations: string[];
}

function tokenSpans(line: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(line); m !== null; m = TOKEN_RE.exec(line)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * A shift or power by a literal of three digits or more, or by a parenthesised expression
 * holding one (`97 ** (i * 7919)`: an int of millions of bits after a few turns).
 */
const HUGE_INT_OP = /(?:<<|\*\*)=?\s*(?:\(\s*\d{3,}|\d{3,}|\([^()\n]*\d{3,})/;

/** A replacement token, usually of the same kind (a name for a name, an operator for an operator). */
function replacementFor(rng: Rng, tok: string, localNames: readonly string[]): string {
  if (/^\d/.test(tok)) return rng.pick(NUMBERS);
  if (/^['"]/.test(tok)) return rng.pick(STRINGS);
  if (/^[A-Za-z_]/.test(tok)) {
    return rng.weighted<() => string>([
      [6, () => (localNames.length ? rng.pick(localNames) : tok)],
      [3, () => rng.pick(NAMES)],
      [1, () => rng.pick(KEYWORDS)],
      [1, () => rng.pick(NUMBERS)],
      [1, () => tok + rng.pick(['_', '2', 'x'])],
    ])();
  }
  for (const group of [BIN_OPS, CMP_OPS, AUG_OPS]) {
    if (group.includes(tok) && rng.chance(0.85)) return rng.pick(group);
  }
  return rng.pick(rng.chance(0.5) ? OTHER_OPS : [...BIN_OPS, ...CMP_OPS]);
}

/** Applies 1-3 random mutations to `source`; `donors` supplies lines to splice in. */
export function mutate(rng: Rng, source: string, donors: readonly string[]): Mutated {
  let lines = source.split('\n');
  const mutations: string[] = [];
  const localNames = [...new Set(source.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) ?? [])].filter((n) => !KEYWORDS.includes(n)).sort();
  const count = rng.weighted([[5, 1], [3, 2], [2, 3]] as const);
  for (let k = 0; k < count; k++) {
    if (lines.length === 0) lines = [''];
    const i = rng.int(0, lines.length - 1);
    const kind = rng.weighted<string>([
      [4, 'delete'], [3, 'duplicate'], [2, 'swap'], [8, 'token'], [1, 'truncate'], [1, 'insert'],
      [1, 'indent'], [2, 'splice'], [1, 'delete-token'],
    ]);
    switch (kind) {
      case 'delete':
        lines.splice(i, 1);
        mutations.push(`delete line ${i + 1}`);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]);
        mutations.push(`duplicate line ${i + 1}`);
        break;
      case 'swap': {
        const j = Math.min(lines.length - 1, i + 1);
        [lines[i], lines[j]] = [lines[j], lines[i]];
        mutations.push(`swap lines ${i + 1} and ${j + 1}`);
        break;
      }
      case 'token':
      case 'delete-token': {
        const all = tokenSpans(lines[i]);
        // Mostly names, literals and operators: changing brackets and commas nearly always gives a SyntaxError.
        const words = all.filter((s) => (/^[\w'"]/.test(s.text) && !KEYWORDS.includes(s.text)) || BIN_OPS.includes(s.text) || CMP_OPS.includes(s.text) || AUG_OPS.includes(s.text));
        const spans = words.length && rng.chance(0.9) ? words : all;
        if (spans.length === 0) break;
        const t = rng.pick(spans);
        const repl = kind === 'token' ? replacementFor(rng, t.text, localNames) : '';
        const changed = lines[i].slice(0, t.start) + repl + lines[i].slice(t.end);
        // `x << 1000000007` or `x ** (i * 7919)` makes an int of a billion bits: minutes in
        // CPython too, and one native operation that the run's watchdog cannot stop (it kills
        // the worker). Such a mutation is not made.
        if (HUGE_INT_OP.test(changed) && !HUGE_INT_OP.test(lines[i])) break;
        lines[i] = changed;
        mutations.push(`line ${i + 1}: ${JSON.stringify(t.text)} -> ${JSON.stringify(repl)}`);
        break;
      }
      case 'truncate': {
        const text = lines.join('\n');
        const at = rng.int(0, text.length);
        lines = text.slice(0, at).split('\n');
        mutations.push(`truncate at character ${at}`);
        break;
      }
      case 'insert': {
        const col = rng.int(0, lines[i].length);
        const ch = rng.pick(INSERT_CHARS);
        lines[i] = lines[i].slice(0, col) + ch + lines[i].slice(col);
        mutations.push(`line ${i + 1} column ${col + 1}: insert ${JSON.stringify(ch)}`);
        break;
      }
      case 'indent': {
        const how = rng.pick(['+4', '-4', '+1', '-1', 'tab', '0']);
        const line = lines[i];
        const body = line.trimStart();
        const ind = line.length - body.length;
        const next =
          how === '+4' ? 4 + ind : how === '-4' ? ind - 4 : how === '+1' ? ind + 1 : how === '-1' ? ind - 1 : how === '0' ? 0 : -1;
        lines[i] = next === -1 ? '\t' + line : ' '.repeat(Math.max(0, next)) + body;
        mutations.push(`line ${i + 1}: indentation ${how}`);
        break;
      }
      case 'splice': {
        if (donors.length === 0) break;
        const donor = rng.pick(donors).split('\n');
        const line = donor[rng.int(0, donor.length - 1)];
        lines.splice(i, 0, line);
        mutations.push(`insert at line ${i + 1}: ${JSON.stringify(line)}`);
        break;
      }
    }
  }
  return { source: lines.join('\n'), mutations };
}

/**
 * Makes a (mutated) program safe to run in-process: every `while` loop becomes
 * `for _ in range(50)` (a synchronous infinite loop cannot be stopped from outside),
 * and `time.sleep(...)`/`sleep(...)` sleeps for 0 seconds.
 */
export function tame(source: string): string {
  return source
    .replace(/^([ \t]*)while\b[^\n]*:([ \t]*(#[^\n]*)?)$/gm, '$1for _ in range(50):')
    .replace(/\bwhile\b/g, 'if')
    .replace(/\bsleep\s*\(/g, 'sleep(0) and (');
}
