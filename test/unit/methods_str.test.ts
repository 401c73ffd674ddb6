import { describe, it, expect } from 'vitest';
import { vm, m, mr, err } from './methods_helpers.js';
import { repr } from '../../vm/ops/convert.js';

describe('str methods', () => {
  it('split', () => {
    expect(mr('a,b,,c', 'split', [','])).toBe("['a', 'b', '', 'c']");
    expect(mr('  a  b  ', 'split')).toBe("['a', 'b']");
    expect(mr('  a  b  ', 'split', [], { maxsplit: 1 })).toBe("['a', 'b  ']");
    expect(mr('  a  b  ', 'rsplit', [null as never].slice(1), { maxsplit: 1 })).toBe("['  a', 'b']");
    expect(mr('a,b,,c', 'rsplit', [',', 2])).toBe("['a,b', '', 'c']");
    expect(err(() => m('a', 'split', [1, 2, 3]))).toBe('TypeError: split() takes at most 2 arguments (3 given)');
    expect(err(() => m('a', 'split', ['']))).toBe('ValueError: empty separator');
  });
  it('join', () => {
    expect(err(() => m(',', 'join', [repr(vm, 1) as never]))).toBe('no exception');
  });
});
