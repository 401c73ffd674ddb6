# secrets: token sizes and alphabets, randbelow/randbits/choice ranges, compare_digest, errors (values are random)
import secrets
import string

for n in [None, 0, 1, 5, 16]:
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), type(h).__name__, len(h), all(c in '0123456789abcdef' for c in h),
          len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(secrets.DEFAULT_ENTROPY, len({secrets.token_hex(8) for _ in range(20)}))

print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), {secrets.randbelow(1) for _ in range(20)})
print(sorted({secrets.randbelow(3) for _ in range(200)}), secrets.randbelow(2 ** 100) < 2 ** 100)
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0), type(secrets.randbits(70)).__name__)
print(sorted({secrets.choice('abc') for _ in range(200)}), secrets.choice([7]), secrets.choice(range(5, 6)))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest('ab', 'ab'),
      secrets.compare_digest(bytearray(b'x'), b'x'), secrets.compare_digest(b'', b''))

for f, arg in [(secrets.token_bytes, -1), (secrets.token_bytes, 'a'), (secrets.token_hex, 1.5),
               (secrets.randbelow, 0), (secrets.randbelow, -3), (secrets.randbelow, 'a'), (secrets.randbelow, 1.5),
               (secrets.choice, []), (secrets.choice, ''), (secrets.choice, 5), (secrets.randbits, -1)]:
    try:
        print(f(arg))
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [('a', b'a'), ('é', 'é'), (1, 1)]:
    try:
        print(secrets.compare_digest(a, b))
    except Exception as e:
        print(type(e).__name__, e)
