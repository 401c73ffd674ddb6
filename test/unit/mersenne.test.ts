import { describe, expect, it } from 'vitest';
import { MersenneTwister } from '../../vm/format/mersenne.js';
import { floatRepr } from '../../vm/format/float_repr.js';
import { fixture, outcome } from './format_helpers.js';

const data = fixture<Record<string, unknown[]>>('random.json');
const reprs = (n: number, f: () => number) => Array.from({ length: n }, () => floatRepr(f()));

describe('MersenneTwister', () => {
  it('reproduces random.seed(int); random.random()', () => {
    const r = new MersenneTwister(42);
    expect(reprs(3, () => r.random())).toEqual(['0.6394267984578837', '0.025010755222666936', '0.27502931836911926']);
    for (const seed of [0, 1, 42, -42, 12345678901234567890n, 2 ** 32, 2 ** 32 - 1, 2n ** 100n + 7n, true]) {
      r.seed(seed);
      const name = `random_${seed === true ? 'True' : String(seed)}`;
      expect([name, outcome(() => reprs(5, () => r.random()))]).toEqual([name, data[name]]);
    }
  });

  it('seeds from str and bytes, versions 1 and 2', () => {
    const r = new MersenneTwister();
    const seeds: [string | Uint8Array, string][] = [
      ['', "''"], ['a', "'a'"], ['hello', "'hello'"], ['héllo😀', "'héllo😀'"],
      [new TextEncoder().encode('bytes'), "b'bytes'"], [new Uint8Array(0), "b''"],
    ];
    for (const [seed, name] of seeds) {
      r.seed(seed);
      expect([name, outcome(() => reprs(3, () => r.random()))]).toEqual([name, data[`strseed_${name}`]]);
      r.seed(seed, 1);
      expect([name, outcome(() => reprs(3, () => r.random()))]).toEqual([name, data[`strseed1_${name}`]]);
    }
  });

  it('seeds other objects from their hash', () => {
    const r = new MersenneTwister();
    for (const x of ['3.5', '-7.25']) {
      const [, [hash, values]] = data[`floatseed_${x}`] as [string, [string, string[]]];
      r.seedHash(BigInt(hash));
      expect(reprs(3, () => r.random())).toEqual(values);
    }
  });

  it('reproduces the methods of random.py after random.seed(42)', () => {
    const r = new MersenneTwister(42);
    const check = (name: string, f: () => unknown) => expect([name, outcome(f)]).toEqual([name, data[name]]);
    check('randint', () => Array.from({ length: 50 }, () => r.randint(1, 100)));
    check('randrange', () => [
      r.randrange(10), r.randrange(5, 50), r.randrange(0, 100, 7), r.randrange(100, 0, -3), r.randrange(-10, 10, 4),
      String(r.randrange(2n ** 70n)), String(r.randrange(10n ** 30n, 10n ** 31n, 3)),
    ]);
    check('getrandbits', () => [0, 1, 5, 31, 32, 33, 52, 53, 54, 64, 65, 100, 200].map((k) => String(r.getrandbits(k))));
    check('choice', () => Array.from({ length: 20 }, () => r.choice('abcdefghij')));
    check('shuffle', () => {
      const a = Array.from({ length: 20 }, (_, i) => i);
      r.shuffle(a);
      const b = [0, 1, 2];
      r.shuffle(b);
      return [a, b];
    });
    check('sample', () => [
      r.sampleIndices(10, 5), r.sampleIndices(100, 10), r.sampleIndices(1000, 3), r.sample([...'abcdefg'], 7),
      r.sampleIndices(30, 30), r.sampleIndices(10 ** 6, 8), r.sample(['r', 'g', 'b'], 4, [3, 2, 1]),
    ]);
    check('uniform', () => reprs(3, () => r.uniform(1.5, 7.25)));
    check('triangular', () => [floatRepr(r.triangular()), floatRepr(r.triangular(0, 10, 2)), floatRepr(r.triangular(5, 5, 5))]);
    check('choices', () => [
      r.choices([...'abc'], null, null, 5), r.choices([...'abc'], [1, 2, 3], null, 6),
      r.choices([...'abc'], null, [0.5, 0.75, 1.0], 6), r.choices([...'xyz'], [1.5, 0.25, 2.0], null, 4),
    ]);
    check('randbytes', () => [0, 1, 3, 4, 5, 9].map((n) => Buffer.from(r.randbytes(n)).toString('hex')));
    // gauss() goes through Math.cos/sin/log, which may differ from glibc's in the last place; these happen to agree.
    check('gauss', () => reprs(6, () => r.gauss()));
    check('after', () => floatRepr(r.random()));
  });

  it('raises random.py\'s errors', () => {
    const r = new MersenneTwister(1);
    const check = (name: string, f: () => unknown) => expect([name, outcome(f)]).toEqual([name, data[name]]);
    check('err_randrange0', () => r.randrange(0));
    check('err_randrange_empty', () => r.randrange(5, 5));
    check('err_step0', () => r.randrange(0, 10, 0));
    check('err_empty_step', () => r.randrange(10, 0, 2));
    check('err_stopnone', () => r.randrange(10, null, 2));
    check('err_choice', () => r.choice([]));
    check('err_sample', () => r.sampleIndices(3, 4));
    check('err_sample_neg', () => r.sampleIndices(3, -1));
    check('err_bits', () => r.getrandbits(-1));
    check('err_choices_both', () => r.choices([...'ab'], [1, 1], [1, 2]));
    check('err_choices_len', () => r.choices([...'ab'], [1]));
    check('err_choices_zero', () => r.choices([...'ab'], [0, 0]));
    check('err_choices_inf', () => r.choices([...'ab'], [1, Infinity]));
    check('err_counts', () => r.sample([...'ab'], 1, [1]));
    check('err_counts0', () => r.sample([...'ab'], 1, [0, 0]));
  });

  it('exposes and restores its state', () => {
    const r = new MersenneTwister(7);
    const st = r.getState();
    expect(['state', ['ok', [st.version, st.internal.length, st.internal[624], st.internal.slice(0, 3), st.gaussNext]]]).toEqual(['state', data.state]);
    const first = r.random();
    r.setState(st.internal, st.gaussNext);
    expect(r.random()).toBe(first);
    r.seed(2024);
    expect(['many', outcome(() => Array.from({ length: 700 }, () => r.randrange(1000)))]).toEqual(['many', data.many]);
  });

  it('seeds from the system\'s entropy when given None', () => {
    const a = new MersenneTwister(null);
    const b = new MersenneTwister();
    expect(a.random()).not.toBe(b.random());
  });
});
