# dataclasses: the generated __init__ carries the fields' types (and return None) as annotations, so inspect.signature(cls) shows them
from dataclasses import dataclass, field, InitVar, KW_ONLY
import inspect
from typing import List, Optional
@dataclass
class P:
    a: int
    b: "str" = "x"
    c: List[int] = field(default_factory=list)
    d: InitVar[int] = 0
    _: KW_ONLY
    e: Optional[float] = None
print(inspect.signature(P))
print(inspect.signature(P.__init__))
print(P.__init__.__annotations__)
print(P.__init__.__defaults__, P.__init__.__kwdefaults__)
print(inspect.signature(P.__eq__), P.__repr__.__name__, P.__init__.__name__, P.__init__.__qualname__)
help_sig = str(inspect.signature(P)).replace("__main__.", "")
print(help_sig)
