from __future__ import annotations
# dataclasses with string annotations (from __future__ import annotations): ClassVar and InitVar
# are recognised by looking the name up in the class's module, as CPython does.
import dataclasses, typing
from typing import ClassVar
from dataclasses import dataclass, InitVar, fields

@dataclass
class C:
    a: ClassVar[int] = 1
    b: typing.ClassVar[str] = 'x'
    c: 'ClassVar' = 3
    d: int = 4
    e: InitVar[int] = 5
    f: dataclasses.InitVar[int] = 6
    def __post_init__(self, e, f):
        self.g = e + f

print([f.name for f in fields(C)], C(), C(7, 1, 2).g)
T = typing.ClassVar
@dataclass
class D:
    CV = ClassVar
    x: CV = 1      # not seen as a ClassVar with string annotations
    y: T = 2
    z: 'typing.ClassVarx[int]' = 3
print([f.name for f in fields(D)])
