# a dataclass's generated methods run in the class's module globals: inspect.signature(eval_str=True) and get_type_hints resolve field types
from __future__ import annotations
import dataclasses
import inspect
from typing import Annotated, ClassVar, Optional, get_type_hints


@dataclasses.dataclass(order=True, frozen=True)
class Node:
    value: int
    next: Optional[Node] = None
    tags: tuple[str, ...] = ()
    meta: Annotated[dict[str, int], "meta"] = dataclasses.field(default_factory=dict, compare=False)
    count: ClassVar[int] = 0


print(inspect.signature(Node))
print(inspect.signature(Node, eval_str=True))
print(get_type_hints(Node.__init__))
print(Node.__init__.__annotations__)
print(inspect.get_annotations(Node.__init__, eval_str=True)["next"])
for name in ("__init__", "__eq__", "__lt__", "__hash__", "__setattr__"):
    fn = getattr(Node, name)
    print(name, fn.__qualname__, fn.__code__.co_filename, fn.__globals__ is globals())
print(Node(1) < Node(2, Node(3)), Node(1, tags=("a",)))
try:
    Node(1).value = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
