# break and continue inside while loops, including nested loops
i = 0
evens = []
while True:
    i += 1
    if i > 10:
        break
    if i % 2:
        continue
    evens.append(i)
print(evens, i)
outer = 0
pairs = []
while outer < 4:
    inner = 0
    while True:
        if inner >= outer:
            break
        if (inner + outer) % 2 == 0:
            inner += 1
            continue
        pairs.append((outer, inner))
        inner += 1
    outer += 1
print(pairs)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
