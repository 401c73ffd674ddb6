// astDump: prints an AST exactly as CPython 3.11's `ast.dump(tree)` does (optionally with include_attributes).

import type * as ast from './ast.js';
import { complexRepr } from '../vm/format/complex_text.js';
import { AST_SCHEMA } from './ast_schema.js';
import { isPrintableChar } from '../vm/methods/str_chars.js';

/** Fields of each node in CPython's order; a trailing '?' marks an optional field (omitted when None). */
const FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...AST_SCHEMA.classes.values()].map((c) => [c.name, c.fields.map((f) => (f.optional ? `${f.name}?` : f.name))]),
);

/** Node fields whose values are operators or contexts: printed as `Add()`, `Load()`. */
const SINGLETON_FIELDS = new Set(['op', 'ctx']);

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

export interface DumpOptions {
  includeAttributes?: boolean;
}

/** `ast.dump(node)` (or `ast.dump(node, include_attributes=True)`), character for character. */
export function astDump(node: ast.AST, options: DumpOptions = {}): string {
  return dumpNode(node as unknown as Record<string, unknown>, options.includeAttributes === true);
}

function dumpNode(node: Record<string, unknown>, attrs: boolean): string {
  const kind = node['kind'] as string;
  const fields = FIELDS[kind];
  if (fields === undefined) throw new Error(`astDump: unknown node kind ${kind}`);
  const parts: string[] = [];
  for (const spec of fields) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    let value: unknown;
    if (kind === 'Constant' && name === 'kind') value = node['kind_'];
    else if (kind === 'Constant' && name === 'value') {
      parts.push(`value=${constantRepr(node['value'] as ast.ConstantValue)}`);
      continue;
    } else if (kind === 'MatchSingleton' && name === 'value') {
      // tpy keeps the singleton as a Constant node; CPython's field is the bare value.
      parts.push(`value=${constantRepr((node['value'] as ast.Constant).value)}`);
      continue;
    } else value = node[name];
    if (value === undefined || value === null) {
      if (optional) continue;
      parts.push(`${name}=None`);
      continue;
    }
    parts.push(`${name}=${dumpValue(value, SINGLETON_FIELDS.has(name) || (kind === 'Compare' && name === 'ops'), attrs)}`);
  }
  if (attrs && 'lineno' in node) {
    for (const a of ATTRIBUTES) {
      const v = node[a];
      if (v !== undefined && v !== null) parts.push(`${a}=${String(v)}`);
    }
  }
  // tpy marks `async def/for/with` on the plain node; CPython has a node kind for each.
  return `${node['is_async'] === true ? 'Async' : ''}${kind}(${parts.join(', ')})`;
}

function dumpValue(value: unknown, singleton: boolean, attrs: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => dumpValue(v, singleton, attrs)).join(', ')}]`;
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return singleton ? `${value}()` : strRepr(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return dumpNode(value as Record<string, unknown>, attrs);
  return String(value);
}

/** Python's repr of a constant value. */
export function constantRepr(v: ast.ConstantValue): string {
  switch (v.type) {
    case 'int': return v.value.toString();
    case 'float': return floatRepr(v.value);
    case 'complex': return complexRepr(v.real, v.imag);
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
    case 'bool': return v.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
  }
}

/** Python's repr(float): the shortest round-tripping digits, scientific outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const e = Number(expStr);
  if (e >= -4 && e < 16) {
    if (e >= 0) {
      const intPart = digits.slice(0, e + 1).padEnd(e + 1, '0');
      const frac = digits.slice(e + 1);
      return `${sign}${intPart}.${frac === '' ? '0' : frac}`;
    }
    return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  }
  const rest = digits.slice(1);
  const expAbs = String(Math.abs(e)).padStart(2, '0');
  return `${sign}${digits[0]}${rest === '' ? '' : `.${rest}`}e${e < 0 ? '-' : '+'}${expAbs}`;
}

/** Python's repr(str). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x7f || ch === ' ') out += ch;
    else if (!isPrintableChar(ch)) {
      if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, '0')}`;
      else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
      else out += `\\U${cp.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
}

/** Python's repr(bytes). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}
