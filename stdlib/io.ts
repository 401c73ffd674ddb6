// A minimal io module: StringIO (an in-memory text file) and open.
//
// Enough for reports written to a string, as pstats.Stats(..., stream=io.StringIO()) is
// used; BytesIO, TextIOWrapper and the rest of CPython's io are not provided. StringIO is
// native so that print(..., file=buf) costs no call into tpy code per write.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { defGetter, defMethod } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { PyList } from '../vm/objects/list.js';
import { strVal } from '../vm/objects/str.js';
import { newException, OSError, stopIteration, typeError, valueError } from '../vm/objects/exceptions.js';
import { typeName } from '../vm/ops/typeof.js';
import { index, repr } from '../vm/ops/convert.js';
import { getIter, iterNext } from '../vm/ops/sequence.js';
import { parseArgs } from '../vm/methods/args.js';
import type { ModuleInit, VM } from '../vm/vm.js';

export const stringIOType = makeNativeType('StringIO', undefined, { module: '_io', allocate: (cls) => new PyStringIO(cls), instanceDict: true });

const hasSurrogates = (s: string) => /[\ud800-\udfff]/.test(s);

/**
 * The text is `text` followed by the pieces appended since it was last needed whole, so
 * writing at the end never copies. Positions count code points, as Python's do; while the
 * text has no surrogate pairs they equal JavaScript string indices.
 */
export class PyStringIO extends PyObj {
  text = '';
  pieces: string[] = [];
  /** Length in code points. */
  length = 0;
  pos = 0;
  closed = false;
  /** Some character is outside the BMP: positions must be converted. */
  wide = false;

  constructor(cls: PyType = stringIOType) {
    super(cls);
  }

  value(): string {
    if (this.pieces.length > 0) {
      this.text += this.pieces.join('');
      this.pieces = [];
    }
    return this.text;
  }

  /** The text between two code point positions. */
  slice(start: number, end: number): string {
    const text = this.value();
    if (!this.wide) return text.slice(start, end);
    return Array.from(text).slice(start, end).join('');
  }

  write(s: string): number {
    const n = this.wide || hasSurrogates(s) ? Array.from(s).length : s.length;
    if (n === 0) return 0;
    if (hasSurrogates(s)) this.wide = true;
    if (this.pos === this.length) this.pieces.push(s);
    else {
      let text = this.value();
      if (this.pos > this.length) text += '\0'.repeat(this.pos - this.length);
      const cps = this.wide ? Array.from(text) : null;
      const before = cps ? cps.slice(0, this.pos).join('') : text.slice(0, this.pos);
      const after = cps ? cps.slice(this.pos + n).join('') : text.slice(this.pos + n);
      this.text = before + s + after;
    }
    this.pos += n;
    this.length = Math.max(this.length, this.pos);
    return n;
  }

  /** The code point position of the end of the line starting at `start` (after its '\n'). */
  lineEnd(start: number): number {
    const text = this.value();
    if (!this.wide) {
      const i = text.indexOf('\n', start);
      return i < 0 ? this.length : i + 1;
    }
    const cps = Array.from(text);
    for (let i = start; i < cps.length; i++) if (cps[i] === '\n') return i + 1;
    return this.length;
  }
}

function self(args: PyObject[]): PyStringIO {
  const s = args[0];
  if (!(s instanceof PyStringIO)) throw typeError(`descriptor requires a '_io.StringIO' object but received '${typeName(s)}'`);
  return s;
}

function open(args: PyObject[]): PyStringIO {
  const s = self(args);
  if (s.closed) throw valueError('I/O operation on closed file');
  return s;
}

/** A size argument: None or negative means "all". */
function sizeArg(vm: VM, o: PyObject | undefined): number {
  if (o === undefined || o === None) return -1;
  return Number(index(vm, o));
}

function readLine(s: PyStringIO, limit: number): string {
  const start = Math.min(s.pos, s.length);
  let end = s.lineEnd(start);
  if (limit >= 0) end = Math.min(end, start + limit);
  s.pos = Math.max(s.pos, end);
  return s.slice(start, end);
}

function installStringIOMethods(): void {
  const t = stringIOType;
  defMethod(t, '__init__', (vm, args, kwargs) => {
    const [initial, newline] = parseArgs('StringIO', args, kwargs, { names: ['initial_value', 'newline'] });
    const s = self(args);
    if (newline !== undefined && newline !== None && !['', '\n', '\r', '\r\n'].includes(strVal(newline) ?? '?')) {
      if (strVal(newline) === undefined) throw typeError(`newline must be str or None, not ${typeName(newline)}`);
      throw valueError(`illegal newline value: ${repr(vm, newline)}`);
    }
    const text = initial === undefined || initial === None ? '' : strVal(initial);
    if (text === undefined) throw typeError(`initial_value must be str or None, not ${typeName(initial!)}`);
    s.text = text;
    s.pieces = [];
    s.wide = hasSurrogates(text);
    s.length = s.wide ? Array.from(text).length : text.length;
    s.pos = 0;
    s.closed = false;
    return None;
  });
  defMethod(t, 'getvalue', (_vm, args) => open(args).value());
  defMethod(t, 'write', (_vm, args) => {
    const s = open(args);
    const text = strVal(args[1]);
    if (text === undefined) throw typeError(`string argument expected, got '${typeName(args[1])}'`);
    return s.write(text);
  });
  defMethod(t, 'writelines', (vm, args) => {
    const s = open(args);
    const it = getIter(vm, args[1]);
    for (let line = iterNext(vm, it); line !== undefined; line = iterNext(vm, it)) {
      const text = strVal(line);
      if (text === undefined) throw typeError(`string argument expected, got '${typeName(line)}'`);
      s.write(text);
    }
    return None;
  });
  defMethod(t, 'read', (vm, args) => {
    const s = open(args);
    const size = sizeArg(vm, args[1]);
    const start = Math.min(s.pos, s.length);
    const end = size < 0 ? s.length : Math.min(s.pos + size, s.length);
    s.pos = Math.max(s.pos, end);
    return s.slice(start, end);
  });
  defMethod(t, 'readline', (vm, args) => readLine(open(args), sizeArg(vm, args[1])));
  defMethod(t, 'readlines', (vm, args) => {
    const s = open(args);
    const hint = sizeArg(vm, args[1]);
    const lines: PyObject[] = [];
    let total = 0;
    for (;;) {
      const line = readLine(s, -1);
      if (line === '') break;
      lines.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(lines);
  });
  defMethod(t, 'seek', (vm, args) => {
    const s = open(args);
    const pos = Number(index(vm, args[1]));
    const whence = args.length > 2 ? Number(index(vm, args[2])) : 0;
    if (whence === 0) {
      if (pos < 0) throw valueError(`Negative seek position ${pos}`);
      s.pos = pos;
    } else if (whence === 1) {
      if (pos !== 0) throw newException(OSError, "Can't do nonzero cur-relative seeks");
    } else if (whence === 2) {
      if (pos !== 0) throw newException(OSError, "Can't do nonzero end-relative seeks");
      s.pos = s.length;
    } else throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    return s.pos;
  });
  defMethod(t, 'tell', (_vm, args) => open(args).pos);
  defMethod(t, 'truncate', (vm, args) => {
    const s = open(args);
    const size = args.length > 1 && args[1] !== None ? Number(index(vm, args[1])) : s.pos;
    if (size < 0) throw valueError(`Negative size value ${size}`);
    if (size < s.length) {
      s.text = s.slice(0, size);
      s.length = size;
    }
    return size;
  });
  defMethod(t, 'flush', (_vm, args) => {
    open(args);
    return None;
  });
  defMethod(t, 'close', (_vm, args) => {
    self(args).closed = true;
    return None;
  });
  for (const [name, answer] of [['readable', true], ['writable', true], ['seekable', true], ['isatty', false]] as const) {
    defMethod(t, name, (_vm, args) => {
      open(args);
      return answer;
    });
  }
  defMethod(t, '__enter__', (_vm, args) => open(args));
  defMethod(t, '__exit__', (_vm, args) => {
    self(args).closed = true;
    return None;
  });
  defMethod(t, '__iter__', (_vm, args) => open(args));
  defMethod(t, '__next__', (_vm, args) => {
    const line = readLine(open(args), -1);
    if (line === '') throw stopIteration();
    return line;
  });
  defGetter(t, 'closed', (_vm, o) => (o as PyStringIO).closed);
  defGetter(t, 'line_buffering', () => false);
  defGetter(t, 'newlines', () => None);
}

let installed = false;

export const init_io: ModuleInit = (vm, m) => {
  if (!installed) {
    installed = true;
    installStringIOMethods();
  }
  const d = m.dict;
  d.setStr('__doc__', 'A minimal io module (tpy): StringIO and open.');
  d.setStr('StringIO', stringIOType);
  d.setStr('open', vm.builtins.getStr('open') ?? None);
  d.setStr('SEEK_SET', 0);
  d.setStr('SEEK_CUR', 1);
  d.setStr('SEEK_END', 2);
};
