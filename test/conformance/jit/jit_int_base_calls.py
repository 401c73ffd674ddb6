# int(s, base) called in compiled loops and function bodies: valid texts in every base form,
# CPython's ValueError for a bad literal or base, other argument types, caught and uncaught.
class S(str):
    pass

cases = [('ff', 16), ('0x1F', 0), ('0b101', 0), ('0o17', 0), (' 1_000 ', 10), ('zz', 36), ('-7f', 16),
         ('1' * 40, 2), ('9' * 30, 10), ('12', 1), ('12', 37), ('12', True), ('xyz', 16), ('', 10),
         ('0x', 16), (b'ff', 16), (S('11'), 2), (12, 10), ('1__0', 10), ('٣', 10)]

def parse(n):
    out = []
    for i in range(n):
        s, b = cases[i % len(cases)]
        try:
            out.append(int(s, b))
        except (ValueError, TypeError) as e:
            out.append('%s: %s' % (type(e).__name__, e))
    return out[-len(cases):]

for r in parse(400):
    print(r)

def one(s):
    try:
        return int(s, 16)
    except ValueError as e:
        return str(e)

print([one('g' if i % 2 else 'a') for i in range(300)][-2:])

def uncaught(n):
    t = 0
    for i in range(n):
        t += int('7' if i < n - 1 else 'seven', 8)
    return t

uncaught(300)
