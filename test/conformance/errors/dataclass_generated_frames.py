# dataclasses: errors raised inside the generated __init__ (default_factory, __post_init__) and a frozen instance's __setattr__/__delattr__ show CPython's File "<string>" frames and line numbers
import traceback
from dataclasses import dataclass, field

def boom():
    raise RuntimeError("factory failed")

@dataclass
class R:
    a: int
    b: int = 2
    c: list = field(default_factory=list)
    def __post_init__(self):
        if self.a < 0:
            raise ValueError("a must be >= 0")

@dataclass
class S:
    a: int
    b: list = field(default_factory=boom)

@dataclass(frozen=True)
class P:
    x: int

class Sub(P):
    pass

for fn in (lambda: R(-1), lambda: S(1), lambda: delattr(P(1), "x")):
    try:
        fn()
    except Exception:
        traceback.print_exc()
sub = Sub(3)
try:
    sub.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(R(1), P(2))
p = P(1)
p.x = 2
