# OR patterns binding names in different orders, nested in sequences, mappings and class patterns.
def f(v):
    match v:
        case (a, b, c, "t") | [c, a, b, "l"] | {"x": b, "y": c, "z": a}:
            return ("abc", a, b, c)
        case [x, (1 as a) | (2 as a), [y, (3 | 4) as z] | (y, z, _), w]:
            return ("nested", x, a, y, z, w)
        case [p, {"k": q, **r}, s]:
            return ("map in seq", p, q, r, s)
        case [p, P(x=q) | Q(y=q), *rest]:
            return ("class or", p, q, rest)
        case [k, *_, (9 as m) | (8 as m)] | (k, m):
            return ("same name twice", k, m)
    return None
class P:
    def __init__(self, x): self.x = x
class Q:
    def __init__(self, y): self.y = y
for v in [(1, 2, 3, "t"), [1, 2, 3, "l"], {"x": 1, "y": 2, "z": 3}, [0, 2, [5, 4], 9], [0, 1, (5, 6, 7), 9],
          [0, {"k": 1, "j": 2}, 3], [0, P(5), 6, 7], [0, Q(6)], [1, 2, 3, 4, 5], (7, 8), [0, 3, [5, 4], 9]]:
    print(v if not isinstance(v, list) or not any(isinstance(i, (P, Q)) for i in v) else "PQ", f(v))
