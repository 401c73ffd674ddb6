# under `from __future__ import annotations` annotations are their source text unfolded (no constant folding), yield in parentheses
from __future__ import annotations


class Limits:
    size: 1_000 + 0x1F * 2 ** -1
    flags: not True
    pair: (1, 2) + ()
    neg: 3 - -3
    inv: ~~1
    tower: 2 ** 3 ** 2
    joined: "a" "b"
    index: [1, 2][0]
    gen: lambda: (yield)
    gen1: lambda: (yield 1)
    gen_from: lambda: (yield from y)
    gen_tuple: lambda: ((yield), 1)
    gen_call: lambda: f((yield))
    debug: __debug__


def f(x: 1 + 1 = 2, *a: 2 * 3, k: "s" * 2, **kw: -(-1)) -> 10 // 3:
    return x


for name, text in Limits.__annotations__.items():
    print(f"{name:9} {text!r}")
print(f.__annotations__)
x: 60 * 60 * 24 = 86400
print(__annotations__)
