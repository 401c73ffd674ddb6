# assigning a field of a frozen dataclass: the generated __setattr__ frame
from dataclasses import dataclass
@dataclass(frozen=True)
class Point:
    x: int
    y: int
p = Point(1, 2)
print(p)
p.x = 5
