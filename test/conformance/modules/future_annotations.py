from __future__ import annotations

import __future__
from dataclasses import dataclass, fields
from typing import Optional


@dataclass
class Node:
    value: int
    next: Optional[Node] = None

    def append(self, value: int) -> Node:
        self.next = Node(value)
        return self.next


def total(node: Node | None) -> int:
    return 0 if node is None else node.value + total(node.next)


head = Node(1)
head.append(2).append(3)
print(head)
print(total(head), Node.__annotations__)
print([(f.name, f.type) for f in fields(Node)])
print(__future__.annotations, __future__.annotations.getMandatoryRelease(), __future__.all_feature_names[-1])
