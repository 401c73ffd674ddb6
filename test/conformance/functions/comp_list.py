# list comprehensions with conditions and multiple for clauses
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"])
print([x if x > 2 else -x for x in range(5)])
print([[y for y in range(x)] for x in range(4)])
words = ["apple", "bob", "kayak", "level", "test"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words])
print([n for row in [[1, 2], [3], []] for n in row])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([x for x in []], [None for _ in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
