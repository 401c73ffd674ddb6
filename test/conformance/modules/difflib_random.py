# difflib on seeded random inputs: opcodes, ratios, ndiff and unified_diff agree with CPython's.
import difflib
import random

random.seed(12345)
for trial in range(40):
    a = ''.join(random.choice('abcd ') for _ in range(random.randint(0, 30)))
    b = ''.join(random.choice('abcd ') for _ in range(random.randint(0, 30)))
    s = difflib.SequenceMatcher(None, a, b)
    junk = difflib.SequenceMatcher(lambda c: c == ' ', a, b)
    print(repr(a), repr(b), s.get_opcodes(), round(s.ratio(), 6), round(s.quick_ratio(), 6),
          junk.get_matching_blocks())

words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
for trial in range(12):
    a = [random.choice(words) + random.choice(['', 's', 'x']) + '\n' for _ in range(random.randint(0, 12))]
    b = [random.choice(words) + random.choice(['', 's', 'x']) + '\n' for _ in range(random.randint(0, 12))]
    print(''.join(difflib.ndiff(a, b)), end='')
    print(''.join(difflib.unified_diff(a, b, n=random.randint(0, 3))), end='')
    print('--')

# Long sequences: autojunk kicks in at 200 elements.
big_a = [random.randint(0, 5) for _ in range(400)]
big_b = [random.randint(0, 5) for _ in range(400)]
s = difflib.SequenceMatcher(None, big_a, big_b)
print(sorted(s.bpopular), s.ratio(), len(s.get_opcodes()))
s = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(round(s.ratio(), 6), len(s.get_opcodes()), s.get_opcodes()[:5])
print(difflib.get_close_matches('gama', words, n=4, cutoff=0.3))
