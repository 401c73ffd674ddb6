# tracebacks name lambda frames <lambda>, and show sorted()'s key call site
pairs = [(1, "b"), (2, None), (3, "a")]
print(sorted(pairs[::2], key=lambda p: p[1].upper()))
key = lambda p: p[1].upper()
sorted(pairs, key=key)
