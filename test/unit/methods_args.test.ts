// The argument-checking helpers' messages, each as CPython prints it for the function named.
import { describe, it, expect } from 'vitest';
import { err } from './methods_helpers.js';
import { checkArgs, checkArgCount, noArgs, noKwargs, oneArg, parseArgs, wrapperArgs, kwarg } from '../../vm/methods/args.js';

const kw = (o: Record<string, number>) => new Map(Object.entries(o));

describe('args helpers', () => {
  it('METH_NOARGS and METH_O', () => {
    expect(err(() => noArgs('str.upper', ['a', 1], null))).toBe('TypeError: str.upper() takes no arguments (1 given)');
    expect(err(() => noArgs('str.upper', ['a'], kw({ x: 1 })))).toBe('TypeError: str.upper() takes no keyword arguments');
    expect(err(() => oneArg('list.append', [0], null))).toBe('TypeError: list.append() takes exactly one argument (0 given)');
    expect(err(() => oneArg('len', [1, 2], null, 0))).toBe('TypeError: len() takes exactly one argument (2 given)');
    expect(oneArg('len', [7], null, 0)).toBe(7);
  });
  it('PyArg_ParseTuple and _PyArg_CheckPositional counts', () => {
    expect(err(() => checkArgs('split', ['a', 1, 2, 3], 0, 2))).toBe('TypeError: split() takes at most 2 arguments (3 given)');
    expect(err(() => checkArgs('find', ['a'], 1, 3))).toBe('TypeError: find() takes at least 1 argument (0 given)');
    expect(err(() => checkArgCount('replace', ['a', 'b'], 2, 3))).toBe('TypeError: replace expected at least 2 arguments, got 1');
    expect(err(() => checkArgCount('insert', [[], 1], 2, 2))).toBe('TypeError: insert expected 2 arguments, got 1');
    expect(err(() => checkArgCount('pop', [[], 1, 2], 0, 1))).toBe('TypeError: pop expected at most 1 argument, got 2');
    expect(err(() => checkArgCount('divmod', [1], 2, 2, 0))).toBe('TypeError: divmod expected 2 arguments, got 1');
    expect(err(() => wrapperArgs(['a'], 1))).toBe('TypeError: expected 1 argument, got 0');
    expect(err(() => noKwargs('str.find', kw({ x: 1 })))).toBe('TypeError: str.find() takes no keyword arguments');
  });
  it('keyword binding as argument clinic does it', () => {
    const split = { names: ['sep', 'maxsplit'] };
    expect(parseArgs('split', ['a', ','], kw({ maxsplit: 1 }), split)).toEqual([',', 1]);
    expect(err(() => parseArgs('split', ['a'], kw({ x: 1 }), split))).toBe("TypeError: 'x' is an invalid keyword argument for split()");
    expect(err(() => parseArgs('split', ['a', ','], kw({ sep: 1 }), split))).toBe("TypeError: argument for split() given by name ('sep') and position (1)");
    expect(err(() => parseArgs('split', ['a', ',', 1], kw({ maxsplit: 2 }), split))).toBe('TypeError: split() takes at most 2 arguments (3 given)');
    const fromBytes = { names: ['bytes', 'byteorder', 'signed'], required: 1, kwOnly: 1 };
    expect(err(() => parseArgs('from_bytes', [0], null, fromBytes))).toBe("TypeError: from_bytes() missing required argument 'bytes' (pos 1)");
    expect(err(() => parseArgs('from_bytes', [0, 1, 2, 3], null, fromBytes))).toBe('TypeError: from_bytes() takes at most 2 positional arguments (3 given)');
    expect(err(() => parseArgs('expandtabs', ['a'], kw({ tabsize: 1, x: 1 }), { names: ['tabsize'] }))).toBe('TypeError: expandtabs() takes at most 1 keyword argument (2 given)');
    expect(err(() => parseArgs('int', [0], kw({ x: 1 }), { names: ['x', 'base'], posOnly: 1 }))).toBe("TypeError: 'x' is an invalid keyword argument for int()");
    expect(kwarg(kw({ a: 1 }), 'a')).toBe(1);
    expect(kwarg(null, 'a')).toBeUndefined();
  });
});
