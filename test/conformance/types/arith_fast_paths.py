# Int and float arithmetic at the edges of the eval loop's fast paths (int32, 2**53, -0.0, bools).
vals = [0, 1, -1, 2, -2, 3, -7, 7, 31, 32, 33, 2**31-1, -2**31, 2**31, 2**52, 2**53-1, -2**53+1, 2**53, 10**20, -10**20, True, False]
fl = [0.0, -0.0, 1.5, -2.25, 1e300, float('inf')]
ops = [lambda a,b:a+b, lambda a,b:a-b, lambda a,b:a*b, lambda a,b:a/b, lambda a,b:a//b, lambda a,b:a%b,
       lambda a,b:a&b, lambda a,b:a|b, lambda a,b:a^b, lambda a,b:a<<b, lambda a,b:a>>b]
out = []
for i, op in enumerate(ops):
    for a in vals + fl:
        for b in vals + fl:
            if i >= 9 and not isinstance(b, float) and b > 100:
                continue
            try:
                r = op(a, b)
                if isinstance(r, float):
                    out.append("%d %r %r %r" % (i, a, b, r))
                else:
                    out.append("%d %r %r %r %s" % (i, a, b, r, type(r).__name__))
            except Exception as e:
                out.append("%d %r %r %s" % (i, a, b, type(e).__name__))
    # in-place forms
    for a in vals[:12]:
        x = a
        x += 3; x -= 5; x *= -3; x //= 2; x %= 7; x <<= 3; x >>= 1; x &= 0xff; x |= 3; x ^= 5
        out.append("ip %r %r" % (a, x))
print(len(out))
for l in out: print(l)
