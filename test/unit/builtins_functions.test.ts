import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { b, br, m, r, err, makeVM, t, vm, F, T, L, D } from './builtins_helpers.js';
import { builtin } from '../../vm/objects/function.js';
import { None } from '../../vm/objects/singletons.js';
import { call } from '../../vm/ops/call.js';
import type { PyObject } from '../../vm/objects/object.js';

describe('argument errors', () => {
  it('match CPython', () => {
    expect(err(() => b('len'))).toBe('TypeError: len() takes exactly one argument (0 given)');
    expect(err(() => b('len', [1, 2]))).toBe('TypeError: len() takes exactly one argument (2 given)');
    expect(err(() => b('len', [1]))).toBe("TypeError: object of type 'int' has no len()");
    expect(err(() => b('abs'))).toBe('TypeError: abs() takes exactly one argument (0 given)');
    expect(err(() => b('abs', ['a']))).toBe("TypeError: bad operand type for abs(): 'str'");
    expect(err(() => b('getattr', [1]))).toBe('TypeError: getattr expected at least 2 arguments, got 1');
    expect(err(() => b('getattr', [1, 2]))).toBe("TypeError: attribute name must be string, not 'int'");
    expect(err(() => b('hasattr', [1]))).toBe('TypeError: hasattr expected 2 arguments, got 1');
    expect(err(() => b('setattr', [1, 'x']))).toBe('TypeError: setattr expected 3 arguments, got 2');
    expect(err(() => b('iter'))).toBe('TypeError: iter expected at least 1 argument, got 0');
    expect(err(() => b('iter', [1]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => b('iter', [1, 2]))).toBe('TypeError: iter(v, w): v must be callable');
    expect(err(() => b('next', [1]))).toBe("TypeError: 'int' object is not an iterator");
    expect(err(() => b('globals', [1]))).toBe('TypeError: globals() takes no arguments (1 given)');
    expect(err(() => b('vars', [1]))).toBe('TypeError: vars() argument must have __dict__ attribute');
    expect(err(() => b('dir', [1, 2]))).toBe('TypeError: dir expected at most 1 argument, got 2');
  });
});

describe('min, max, sum, sorted, any, all', () => {
  it('min and max', () => {
    expect(b('max', [L(3, 1, 2)])).toBe(3);
    expect(b('min', [3, 1, 2])).toBe(1);
    expect(b('max', ['abc'], { key: t.b('ord') })).toBe('c');
    expect(b('max', [L()], { default: 5 })).toBe(5);
    expect(r(b('min', [T(1, 2), T(1)]))).toBe('(1,)');
    expect(err(() => b('max'))).toBe('TypeError: max expected at least 1 argument, got 0');
    expect(err(() => b('max', [1]))).toBe("TypeError: 'int' object is not iterable");
    expect(err(() => b('max', [L()]))).toBe('ValueError: max() arg is an empty sequence');
    expect(err(() => b('min', [L()]))).toBe('ValueError: min() arg is an empty sequence');
    expect(err(() => b('max', [1, 2], { default: 3 }))).toBe('TypeError: Cannot specify a default for max() with multiple positional arguments');
    expect(err(() => b('max', [L(1)], { foo: 1 }))).toBe("TypeError: 'foo' is an invalid keyword argument for max()");
    expect(err(() => b('max', [1, 'a']))).toBe("TypeError: '>' not supported between instances of 'str' and 'int'");
    expect(err(() => b('min', [1, 'a']))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
  });

  it('sum', () => {
    expect(b('sum', [b('range', [101])])).toBe(5050);
    expect(r(b('sum', [L(F(1.5), 2)], { start: 1 }))).toBe('4.5');
    expect(r(b('sum', [L(L(1)), L()]))).toBe('[1]');
    expect(r(b('sum', [L(2 ** 52, 2 ** 52, 2 ** 52)]))).toBe('13510798882111488');
    expect(r(b('sum', [L(F(0.1), F(0.2), F(0.3))]))).toBe('0.6000000000000001');
    expect(err(() => b('sum'))).toBe('TypeError: sum() takes at least 1 positional argument (0 given)');
    expect(err(() => b('sum', [L('a'), '']))).toBe("TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    expect(err(() => b('sum', [L(1, 'a')]))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(err(() => b('sum', [L(1), 2, 3]))).toBe('TypeError: sum() takes at most 2 arguments (3 given)');
  });

  it('sorted, any, all', () => {
    expect(r(b('sorted', ['hello']))).toBe("['e', 'h', 'l', 'l', 'o']");
    expect(r(b('sorted', [D(['b', 1], ['a', 2])], { reverse: true }))).toBe("['b', 'a']");
    expect(err(() => b('sorted'))).toBe('TypeError: sorted expected 1 argument, got 0');
    expect(err(() => b('sorted', [L(), 1]))).toBe('TypeError: sorted expected 1 argument, got 2');
    expect(err(() => b('sorted', [L()], { foo: 1 }))).toBe("TypeError: 'foo' is an invalid keyword argument for sort()");
    expect(b('any', [L(0, '', 2)])).toBe(true);
    expect(b('all', [L()])).toBe(true);
    expect(err(() => b('any'))).toBe('TypeError: any() takes exactly one argument (0 given)');
  });
});

describe('numbers and characters', () => {
  it('divmod, pow, round, abs', () => {
    expect(r(b('divmod', [7, -2]))).toBe('(-4, -1)');
    expect(r(b('divmod', [F(7.5), 2]))).toBe('(3.0, 1.5)');
    expect(err(() => b('divmod', ['a', 1]))).toBe("TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
    expect(err(() => b('divmod', [1]))).toBe('TypeError: divmod expected 2 arguments, got 1');
    expect(b('pow', [2, 3, 5])).toBe(3);
    expect(b('pow', [2, -1, 5])).toBe(3);
    expect(b('pow', [], { base: 2, exp: 3 })).toBe(8);
    expect(err(() => b('pow', [2]))).toBe("TypeError: pow() missing required argument 'exp' (pos 2)");
    expect(err(() => b('pow', ['a', 2]))).toBe("TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
    expect(b('round', [F(2.5)])).toBe(2);
    expect(r(b('round', [F(2.675), 2]))).toBe('2.67');
    expect(b('round', [5, -1])).toBe(0);
    expect(err(() => b('round', ['a']))).toBe("TypeError: type str doesn't define __round__ method");
    expect(b('abs', [-3])).toBe(3);
    expect(r(b('abs', [F(-2.5)]))).toBe('2.5');
  });

  it('hex, oct, bin, ord, chr', () => {
    expect(b('hex', [-255])).toBe('-0xff');
    expect(b('oct', [8])).toBe('0o10');
    expect(b('bin', [-5])).toBe('-0b101');
    expect(err(() => b('hex', [F(1.5)]))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(b('ord', ['a'])).toBe(97);
    expect(b('ord', ['😀'])).toBe(0x1f600);
    expect(err(() => b('ord', ['ab']))).toBe('TypeError: ord() expected a character, but string of length 2 found');
    expect(err(() => b('ord', [1]))).toBe('TypeError: ord() expected string of length 1, but int found');
    expect(b('chr', [0x1f600])).toBe('😀');
    expect(err(() => b('chr', [-1]))).toBe('ValueError: chr() arg not in range(0x110000)');
    expect(err(() => b('chr', [2n ** 70n]))).toBe('OverflowError: Python int too large to convert to C int');
  });
});

describe('types and attributes', () => {
  it('isinstance and issubclass', () => {
    expect(b('isinstance', [1, t.b('int')])).toBe(true);
    expect(b('isinstance', [true, t.b('int')])).toBe(true);
    expect(b('isinstance', [1, T(t.b('str'), T(t.b('int')))])).toBe(true);
    expect(err(() => b('isinstance', [1]))).toBe('TypeError: isinstance expected 2 arguments, got 1');
    expect(err(() => b('isinstance', [1, 1]))).toBe('TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union');
    expect(b('issubclass', [t.b('bool'), T(t.b('str'), t.b('int'))])).toBe(true);
    expect(err(() => b('issubclass', [1, t.b('int')]))).toBe('TypeError: issubclass() arg 1 must be a class');
    expect(err(() => b('issubclass', [t.b('int'), 1]))).toBe('TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union');
    expect(b('isinstance', [b('KeyError', ['x']), t.b('LookupError')])).toBe(true);
  });

  it('getattr, hasattr, setattr, callable, id, hash', () => {
    expect(b('getattr', [1, 'x', 5])).toBe(5);
    expect(err(() => b('getattr', [1, 'x']))).toBe("AttributeError: 'int' object has no attribute 'x'");
    expect(b('hasattr', [L(), 'append'])).toBe(true);
    expect(b('hasattr', [L(), 'nope'])).toBe(false);
    expect(err(() => b('setattr', [1, 'x', 3]))).toBe("AttributeError: 'int' object has no attribute 'x'");
    expect(b('callable', [t.b('len')])).toBe(true);
    expect(b('callable', [t.b('int')])).toBe(true);
    expect(b('callable', [1])).toBe(false);
    expect(b('id', [1])).toBe(b('id', [1]));
    const l = L();
    expect(b('id', [l])).toBe(b('id', [l]));
    expect(b('id', [l])).not.toBe(b('id', [L()]));
    expect(b('hash', [F(2)])).toBe(2);
  });

  it('next with defaults and iter(callable, sentinel)', () => {
    expect(b('next', [b('iter', [L()]), 5])).toBe(5);
    expect(err(() => b('next', [b('iter', [L()])]))).toBe('StopIteration: ');
    let n = 0;
    const counter = builtin('counter', () => ++n);
    expect(r(b('list', [b('iter', [counter, 4])]))).toBe('[1, 2, 3]');
  });

  it('dir and format', () => {
    const names = b('dir', [L()]);
    expect(m(names, '__contains__', ['append'])).toBe(true);
    expect(m(names, 'index', ['__add__'])).toBeLessThan(m(names, 'index', ['append']) as number);
    expect(b('format', [255, 'x'])).toBe('ff');
    expect(b('format', [1])).toBe('1');
    expect(err(() => b('format', [1, 2]))).toBe('TypeError: format() argument 2 must be str, not int');
    expect(err(() => b('format'))).toBe('TypeError: format expected at least 1 argument, got 0');
    expect(b('ascii', ['é'])).toBe("'\\xe9'");
    expect(b('repr', ['a'])).toBe("'a'");
  });
});

describe('print and input', () => {
  it('prints with sep and end to the host stdout', () => {
    const p = makeVM();
    call(p.vm, p.b('print'), [1, 'a', L(1)], new Map([['sep', '-'], ['end', '!\n']]));
    call(p.vm, p.b('print'), []);
    call(p.vm, p.b('print'), [1, 2], new Map<string, PyObject>([['sep', None], ['end', None]]));
    expect(p.out.join('')).toBe('1-a-[1]!\n\n1 2\n');
    expect(err(() => call(p.vm, p.b('print'), [], new Map([['sep', 1]])))).toBe('TypeError: sep must be None or a string, not int');
    expect(err(() => call(p.vm, p.b('print'), [], new Map([['end', 1]])))).toBe('TypeError: end must be None or a string, not int');
    expect(err(() => call(p.vm, p.b('print'), [], new Map([['foo', 1]])))).toBe("TypeError: 'foo' is an invalid keyword argument for print()");
    expect(err(() => call(p.vm, p.b('print'), [], new Map([['file', 1]])))).toBe("AttributeError: 'int' object has no attribute 'write'");
  });

  it('prints to any object with write()', () => {
    const p = makeVM();
    const chunks: string[] = [];
    const file = b('type', ['W', T(), D(['write', builtin('write', (_vm, args) => { chunks.push(args[0] as string); return None; })])]);
    call(p.vm, p.b('print'), [1, 2], new Map([['file', call(vm, file, [])]]));
    expect(chunks).toEqual(['1', ' ', '2', '\n']);
  });

  it('reads lines with input()', () => {
    const p = makeVM(['hello\n', 'last']);
    expect(call(p.vm, p.b('input'), ['> '])).toBe('hello');
    expect(call(p.vm, p.b('input'), [])).toBe('last');
    expect(err(() => call(p.vm, p.b('input'), []))).toBe('EOFError: EOF when reading a line');
    expect(p.out.join('')).toBe('> ');
    expect(err(() => call(p.vm, p.b('input'), [1, 2]))).toBe('TypeError: input expected at most 1 argument, got 2');
  });
});

describe('open', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tpy-open-'));

  it('writes and reads text with universal newlines', () => {
    const path = join(dir, 'x.txt');
    const f = b('open', [path, 'w']);
    expect(r(f)).toBe(`<_io.TextIOWrapper name='${path}' mode='w' encoding='UTF-8'>`);
    expect(m(f, 'write', ['héllo\nworld\r\nx'])).toBe(14);
    m(f, 'close');
    expect(readFileSync(path, 'utf8')).toBe('héllo\nworld\r\nx');
    const g = b('open', [path]);
    expect(m(g, 'read')).toBe('héllo\nworld\nx');
    expect(m(g, 'tell')).toBe(15);
    m(g, 'seek', [0]);
    expect(m(g, 'readline')).toBe('héllo\n');
    expect(r(m(g, 'readlines'))).toBe("['world\\n', 'x']");
    m(g, '__exit__', [None, None, None]);
    expect(getAttrClosed(g)).toBe(true);
    expect(err(() => m(g, 'read'))).toBe('ValueError: I/O operation on closed file.');
  });

  it('reads binary files and iterates lines', () => {
    const path = join(dir, 'y.bin');
    writeFileSync(path, 'ab\ncd\n');
    const f = b('open', [path, 'rb']);
    expect(r(f)).toBe(`<_io.BufferedReader name='${path}'>`);
    expect(r(m(f, 'read', [1]))).toBe("b'a'");
    expect(r(b('list', [f]))).toBe("[b'b\\n', b'cd\\n']");
    const g = b('open', [path]);
    expect(r(b('list', [g]))).toBe("['ab\\n', 'cd\\n']");
  });

  it('raises CPython errors', () => {
    expect(err(() => b('open', ['/nonexistent/x']))).toBe("FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x'");
    expect(err(() => b('open', [dir]))).toBe(`IsADirectoryError: [Errno 21] Is a directory: '${dir}'`);
    expect(err(() => b('open', ['x', 'z']))).toBe("ValueError: invalid mode: 'z'");
    expect(err(() => b('open', ['x', 'rw']))).toBe('ValueError: must have exactly one of create/read/write/append mode');
    expect(err(() => b('open', ['x', 'rbt']))).toBe("ValueError: can't have text and binary mode at once");
    expect(err(() => b('open', [F(1.5)]))).toBe('TypeError: expected str, bytes or os.PathLike object, not float');
    expect(err(() => b('open'))).toBe("TypeError: open() missing required argument 'file' (pos 1)");
    const path = join(dir, 'z.txt');
    writeFileSync(path, 'q');
    expect(err(() => m(b('open', [path]), 'write', ['a']))).toBe('UnsupportedOperation: not writable');
    expect(err(() => m(b('open', [path, 'w']), 'read'))).toBe('UnsupportedOperation: not readable');
    expect(err(() => m(b('open', [path, 'w']), 'write', [1]))).toBe('TypeError: write() argument must be str, not int');
    expect(err(() => m(b('open', [path, 'wb']), 'write', ['a']))).toBe("TypeError: a bytes-like object is required, not 'str'");
    expect(err(() => b('open', [path, 'x']))).toBe(`FileExistsError: [Errno 17] File exists: '${path}'`);
  });

  it('appends', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'one\n');
    const f = b('open', [path, 'a']);
    m(f, 'write', ['two\n']);
    m(f, 'writelines', [L('3', '\n')]);
    m(f, 'close');
    expect(readFileSync(path, 'utf8')).toBe('one\ntwo\n3\n');
  });
});

function getAttrClosed(f: PyObject): PyObject {
  return b('getattr', [f, 'closed']);
}
