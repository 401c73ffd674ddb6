// The random module against CPython 3.11: one program exercising every function, its output recorded from python3.
// The generator is MT19937 bit for bit, so each value must match exactly, seeds of every type included.

import { describe, expect, test } from 'vitest';
import { runProgram } from '../../index.js';

const PROGRAM = "import random\nrandom.seed(42)\nprint(random.random(), random.random())\nprint(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7))\nprint(random.choice([1, 2, 3, 4, 5]), random.choice(\"hello\"), random.choice(range(100)))\nl = list(range(20)); random.shuffle(l); print(l)\nprint(random.sample(range(100), 5), random.sample(\"abcdefgh\", 3))\nprint(random.choices([\"a\", \"b\", \"c\"], k=5))\nprint(random.choices([\"a\", \"b\", \"c\"], weights=[10, 1, 1], k=5))\nprint(random.choices([\"a\", \"b\", \"c\"], cum_weights=[1, 2, 30], k=5))\nprint(random.uniform(1, 10), random.gauss(0, 1), random.gauss(5, 2), random.gauss())\nprint(random.getrandbits(8), random.getrandbits(64), random.getrandbits(200))\nprint(random.triangular(), random.triangular(0, 10, 2))\nprint(random.normalvariate(), random.lognormvariate(0, 1), random.expovariate(2.0))\nprint(random.vonmisesvariate(1.0, 2.0), random.gammavariate(2.0, 3.0), random.gammavariate(0.5, 1.0), random.betavariate(2, 3))\nprint(random.paretovariate(2.5), random.weibullvariate(1.0, 2.0))\nprint(random.randbytes(5))\nr = random.Random(12345)\nprint(r.random(), r.randint(0, 10**30), r.sample(range(10**12), 3))\ns = r.getstate()\na = [r.random() for _ in range(3)]\nr.setstate(s)\nb = [r.random() for _ in range(3)]\nprint(a == b, s[0], len(s[1]), s[2])\nrandom.seed(\"tpy\"); print(random.random())\nrandom.seed(b\"tpy\"); print(random.random())\nrandom.seed(3.25); print(random.random())\nrandom.seed(-99); print(random.random())\nrandom.seed(2**100 + 7); print(random.random())\nrandom.seed(True); print(random.random())\nrandom.seed(7); g1 = random.gauss(); st = random.getstate(); g2 = random.gauss(); random.setstate(st); print(g1, g2 == random.gauss())\nprint(random.sample([1, 2, 3, 4], 2, counts=[1, 2, 3, 4]))\ntry:\n    print('random.randrange(0)', random.randrange(0))\nexcept Exception as x:\n    print('random.randrange(0)', type(x).__name__, x.args)\ntry:\n    print('random.randrange(1, 1)', random.randrange(1, 1))\nexcept Exception as x:\n    print('random.randrange(1, 1)', type(x).__name__, x.args)\ntry:\n    print('random.randrange(1, 10, 0)', random.randrange(1, 10, 0))\nexcept Exception as x:\n    print('random.randrange(1, 10, 0)', type(x).__name__, x.args)\ntry:\n    print('random.randrange(10.5)', random.randrange(10.5))\nexcept Exception as x:\n    print('random.randrange(10.5)', type(x).__name__, x.args)\ntry:\n    print('random.choice([])', random.choice([]))\nexcept Exception as x:\n    print('random.choice([])', type(x).__name__, x.args)\ntry:\n    print('random.sample({1, 2}, 1)', random.sample({1, 2}, 1))\nexcept Exception as x:\n    print('random.sample({1, 2}, 1)', type(x).__name__, x.args)\ntry:\n    print('random.sample([1, 2], 3)', random.sample([1, 2], 3))\nexcept Exception as x:\n    print('random.sample([1, 2], 3)', type(x).__name__, x.args)\ntry:\n    print('random.choices([1, 2], [1])', random.choices([1, 2], [1]))\nexcept Exception as x:\n    print('random.choices([1, 2], [1])', type(x).__name__, x.args)\ntry:\n    print('random.choices([1, 2], 2)', random.choices([1, 2], 2))\nexcept Exception as x:\n    print('random.choices([1, 2], 2)', type(x).__name__, x.args)\ntry:\n    print('random.getrandbits(-1)', random.getrandbits(-1))\nexcept Exception as x:\n    print('random.getrandbits(-1)', type(x).__name__, x.args)\ntry:\n    print('random.seed([1])', random.seed([1]))\nexcept Exception as x:\n    print('random.seed([1])', type(x).__name__, x.args)\ntry:\n    print('random.shuffle((1, 2))', random.shuffle((1, 2)))\nexcept Exception as x:\n    print('random.shuffle((1, 2))', type(x).__name__, x.args)\ntry:\n    print('random.uniform(1)', random.uniform(1))\nexcept Exception as x:\n    print('random.uniform(1)', type(x).__name__, x.args)\ntry:\n    print('random.randint(1)', random.randint(1))\nexcept Exception as x:\n    print('random.randint(1)', type(x).__name__, x.args)\ntry:\n    print('random.random(1)', random.random(1))\nexcept Exception as x:\n    print('random.random(1)', type(x).__name__, x.args)\ntry:\n    print('random.expovariate()', random.expovariate())\nexcept Exception as x:\n    print('random.expovariate()', type(x).__name__, x.args)\ntry:\n    print('random.randrange(5, None, 2)', random.randrange(5, None, 2))\nexcept Exception as x:\n    print('random.randrange(5, None, 2)', type(x).__name__, x.args)\ntry:\n    print('random.gammavariate(-1, 1)', random.gammavariate(-1, 1))\nexcept Exception as x:\n    print('random.gammavariate(-1, 1)', type(x).__name__, x.args)\nprint(random.randrange(10.0), random.randrange(5, None, 1))\n";

/** What python3 printed for PROGRAM on stdout (the DeprecationWarnings of randrange(10.5) and randrange(10.0) go to stderr). */
const EXPECTED = [
  "0.6394267984578837 0.025010755222666936",
  "36 3 21",
  "2 h 86",
  "[18, 14, 10, 7, 4, 6, 5, 12, 11, 15, 9, 8, 19, 3, 16, 0, 1, 13, 2, 17]",
  "[75, 35, 0, 97, 20] ['g', 'c', 'h']",
  "['a', 'c', 'b', 'a', 'a']",
  "['b', 'a', 'a', 'a', 'a']",
  "['c', 'c', 'c', 'c', 'c']",
  "8.755362102796994 -1.3807849337411071 3.541107116681655 0.6896141700205516",
  "74 1471902137137461836 729888669907216995747720261851629690883737969893218524207654",
  "0.5732005413923303 2.871646355406231",
  "-0.28173325335541277 1.9150212660094539 0.09385119267955727",
  "5.965509383308349 6.8472867354480185 0.07353810987496628 0.4346544090080888",
  "2.307528731345687 0.6147083082583685",
  "b'\\x15\\xd4\\xca\\xa7\\x7f'",
  "0.41661987254534116 520212762101752452637539945044 [408716337035, 958311429204, 285327288651]",
  "True 3 625 None",
  "0.7791171012745638",
  "0.7791171012745638",
  "0.10626827177291942",
  "0.40397807494366633",
  "0.41604161323913513",
  "0.13436424411240122",
  "-0.2558802884476004 True",
  "[1, 2]",
  "random.randrange(0) ValueError ('empty range for randrange()',)",
  "random.randrange(1, 1) ValueError ('empty range for randrange() (1, 1, 0)',)",
  "random.randrange(1, 10, 0) ValueError ('zero step for randrange()',)",
  "random.randrange(10.5) ValueError ('non-integer arg 1 for randrange()',)",
  "random.choice([]) IndexError ('Cannot choose from an empty sequence',)",
  "random.sample({1, 2}, 1) TypeError ('Population must be a sequence.  For dicts or sets, use sorted(d).',)",
  "random.sample([1, 2], 3) ValueError ('Sample larger than population or is negative',)",
  "random.choices([1, 2], [1]) ValueError ('The number of weights does not match the population',)",
  "random.choices([1, 2], 2) TypeError ('The number of choices must be a keyword argument: k=2',)",
  "random.getrandbits(-1) ValueError ('number of bits must be non-negative',)",
  "random.seed([1]) TypeError ('The only supported seed types are: None,\\nint, float, str, bytes, and bytearray.',)",
  "random.shuffle((1, 2)) TypeError (\"'tuple' object does not support item assignment\",)",
  "random.uniform(1) TypeError (\"Random.uniform() missing 1 required positional argument: 'b'\",)",
  "random.randint(1) TypeError (\"Random.randint() missing 1 required positional argument: 'b'\",)",
  "random.random(1) TypeError ('Random.random() takes no arguments (1 given)',)",
  "random.expovariate() TypeError (\"Random.expovariate() missing 1 required positional argument: 'lambd'\",)",
  "random.randrange(5, None, 2) TypeError ('Missing a non-None stop argument',)",
  "random.gammavariate(-1, 1) ValueError ('gammavariate: alpha and beta must be > 0.0',)",
  "5 4",
  ""
];

describe('random', () => {
  test('every function, seeded, prints what CPython printed', async () => {
    const r = await runProgram({ source: PROGRAM, filename: 'rand.py' });
    // CPython's two DeprecationWarnings for randrange with floats (the source lines are not
    // shown: the program is not a file here).
    expect(r.stderr.split('\n').filter((l) => l.includes('Warning'))).toEqual([
      'rand.py:46: DeprecationWarning: randrange() will raise TypeError in the future',
      'rand.py:105: DeprecationWarning: non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version',
    ]);
    expect(r.stdout.split('\n')).toEqual(EXPECTED);
  });

  test('Random instances are independent and reproducible', async () => {
    const source = [
      'import random',
      'a = random.Random(5)',
      'b = random.Random(5)',
      'random.seed(5)',
      'print(a.random(), random.random())',
      'print(b.random(), b.random() == a.random())',
      'print(type(a).__name__, isinstance(a, random.Random))',
      'class Mine(random.Random):',
      '    pass',
      'print(Mine(5).random())',
    ].join('\n') + '\n';
    const r = await runProgram({ source, filename: 'inst.py' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0.6229016948897019 0.6229016948897019\n0.6229016948897019 True\nRandom True\n0.6229016948897019\n');
  });

  test('the module functions are seeded differently in each VM (from the system, as CPython)', async () => {
    const source = 'import random\nprint(random.random())\n';
    const [a, b] = await Promise.all([runProgram({ source, filename: 'a.py' }), runProgram({ source, filename: 'b.py' })]);
    expect(a.stdout).not.toBe(b.stdout);
  });
});
