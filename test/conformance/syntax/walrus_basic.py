# Assignment expressions: conditions, loops, calls, displays, subscripts, defaults, lambdas.
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("too long:", n)
i = 0
while (i := i + 1) < 4:
    print("tick", i)
print(x := 3, x)
print((a := 1, 2), a)
s = {e := 1, 2}
print(sorted(s), e)
print(data[m := 1], m)
print(data[(k := 1):3], k)
def h(v=(d := 9)):
    return v
print(h(), d)
lam = lambda: (w := 4) + w
print(lam())
chunks = []
it = iter(range(7))
while chunk := [v for _, v in zip(range(3), it)]:
    chunks.append(chunk)
print(chunks)
print([y := 10, y + 1])
print(f"{(z := 'zed')!r} {z}")
if not (q := None):
    print("falsy", q)
