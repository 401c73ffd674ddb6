# A report generator that ends in an uncaught exception raised inside a sorted() key function.
from dataclasses import dataclass
from functools import total_ordering
import operator


@dataclass
class Employee:
    name: str
    dept: str
    salary: int
    manager: "Employee | None" = None

    def chain(self):
        e, out = self, []
        while e is not None:
            out.append(e.name)
            e = e.manager
        return out


ceo = Employee("Ada", "exec", 300)
cto = Employee("Brian", "eng", 220, ceo)
staff = [
    ceo, cto,
    Employee("Cleo", "eng", 150, cto),
    Employee("Dev", "eng", 135, cto),
    Employee("Eve", "ops", 120, ceo),
    Employee("Finn", "ops", 98, None),
]

by_salary = sorted(staff, key=operator.attrgetter("salary"), reverse=True)
print([e.name for e in by_salary])
by_dept = sorted(staff, key=lambda e: (e.dept, -e.salary))
for e in by_dept:
    print(f"{e.dept:<5} {e.name:<6} {e.salary:>4} {' > '.join(e.chain())}")
print("max:", max(staff, key=lambda e: e.salary).name, "min:", min(staff, key=operator.attrgetter("salary")).name)
depts = {}
for e in staff:
    depts.setdefault(e.dept, []).append(e.salary)
print({d: (len(v), sum(v), round(sum(v) / len(v), 1)) for d, v in sorted(depts.items())})


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


print(sorted(map(Version, ["1.10.0", "1.2.3", "1.2.10", "0.9"])), Version("2.0") >= Version("1.99"))


def boss_name(e):
    return e.manager.name


print("ranked by boss:")
for e in sorted(staff, key=boss_name):
    print(" ", e.name, "reports to", e.manager.name)
