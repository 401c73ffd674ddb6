# for/else: else runs when the iterable is exhausted without break
for i in range(3):
    print("i", i)
else:
    print("done, i =", i)
for x in [1, 2, 3]:
    if x == 2:
        print("found 2")
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("else on empty")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for c in "abc":
    continue
else:
    print("else after continue-only loop, c =", c)
