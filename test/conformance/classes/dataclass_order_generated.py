# dataclass __eq__/__lt__/__hash__ are generated code: one tuple comparison, frames in "<string>", a failing compare uncaught
from dataclasses import dataclass, field
import traceback


@dataclass(order=True, frozen=True)
class Task:
    priority: int
    name: object
    note: str = field(default="", compare=False)


@dataclass(order=True)
class Empty:
    pass


tasks = [Task(2, "b"), Task(1, "z", "first"), Task(2, "a"), Task(1, "z", "dup")]
print(sorted(tasks))
print(Task(1, "a") < Task(1, "b"), Task(1, "a") <= Task(1, "a", "x"), Task(3, "a") > Task(2, "z"), Task(1, "a") >= Task(1, "b"))
print(Task(1, "a") == Task(1, "a", "other note"), Task(1, "a") != Task(1, "b"), Task(1, "a") == (1, "a"))
print(hash(Task(1, "a")) == hash((1, "a")), hash(Task(1, "a", "x")) == hash(Task(1, "a", "y")))
print(Empty() < Empty(), Empty() <= Empty(), Empty() == Empty())
for op in ("__eq__", "__lt__", "__ge__", "__hash__"):
    fn = getattr(Task, op)
    print(op, fn.__name__, fn.__qualname__, fn.__code__.co_filename, fn.__code__.co_varnames)
print(Task(1, "a").__lt__(5), Task.__le__(Task(1, "a"), "x"))
try:
    Task(1, "a") < 5
except TypeError as e:
    print("TypeError:", e)
try:
    Task(1, None) < Task(1, "a")
except TypeError:
    traceback.print_exc()
print(max(tasks), min(tasks))
Task(2, 3.5) >= Task(2, "x")
