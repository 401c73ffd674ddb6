# s[i], s[a:b], s[a:b:c] and len(s) on long strs with characters past U+FFFF (emoji) and
# lone surrogates, checked against a list of the string's characters at random
# positions, in order and out of order, several strings looked at in turn.
import random

random.seed(7)
# (No lone low surrogate: after a lone high one, tpy's str would hold a pair: docs/differences.md.)
alphabet = ['a', 'b', ' ', 'é', '€', '\U0001F600', '\U00010348', '\ud800', '\udbff']
texts = []
for n in (5, 33, 40, 200, 1000):
    for _ in range(3):
        texts.append(''.join(random.choice(alphabet) for _ in range(n)))
texts.append('\U0001F600' * 50)
texts.append('x' * 100 + '\U0001F600')
texts.append('\udc00' + '\ud800q' * 30)
bad = 0
checks = 0
for rnd in range(3):
    for t in texts:
        chars = [t[i] for i in range(len(t))]
        n = len(chars)
        for _ in range(60):
            i = random.randrange(-n - 3, n + 3)
            try:
                got = t[i]
                want = chars[i]
            except IndexError:
                got = want = 'IndexError'
                try:
                    chars[i]
                    bad += 1
                except IndexError:
                    pass
            a = random.choice([None, random.randrange(-n - 2, n + 2)])
            b = random.choice([None, random.randrange(-n - 2, n + 2)])
            c = random.choice([None, 1, 2, -1, 3])
            checks += 1
            if got != want or t[a:b] != ''.join(chars[a:b]) or t[a:b:c] != ''.join(chars[a:b:c]):
                bad += 1
        checks += 1
        if ''.join(chars) != t or len(chars) != n:
            bad += 1
print(checks, bad, [len(t) for t in texts])
e = texts[-3]
print(ascii(e[0]), ascii(e[-1]), ascii(e[10:13]), len(e), ascii(e[::17]))
x = texts[-2]
print(len(x), ascii(x[99:]), ascii(x[-2:]), ascii(x[100]), x.find('\U0001F600'), x.index('\U0001F600'))
r = texts[-1]
print(len(r), ascii(r[:3]), ascii(r[-3:]), ascii(r[59]))
