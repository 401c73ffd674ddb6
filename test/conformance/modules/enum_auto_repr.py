# repr(auto()) before the enum gives it a value shows the _auto_null sentinel; auto(v) shows v
import enum
print(repr(enum.auto()), repr(enum.auto(5)), repr(enum.auto("x")))
pending = enum.auto()
class Level(enum.Enum):
    LOW = pending
    HIGH = enum.auto()
    PAIR = (enum.auto(), "x")
print(list(Level), pending, pending.value)
