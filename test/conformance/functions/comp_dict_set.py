# dict and set comprehensions
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 4 for x in range(20)})
print({len(w) for w in ["a", "bb", "cc", "d"]})
print({w: len(w) for w in ["hi", "there", "hi"]})
print({(x, y): x * y for x in range(2) for y in range(2)})
print({x: [y for y in range(x)] for x in range(4)})
print({n for n in range(8) if n % 2})
counts = {}
text = "mississippi"
counts = {c: text.count(c) for c in text}
print(counts)
print(sorted({c for c in text}))
print({i: chr(65 + i) for i in range(5) if i != 2})
