# A library management system built on dataclasses: defaults, ordering, frozen, post-init, asdict, replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, is_dataclass
from typing import List, Optional
import dataclasses

@dataclass(frozen=True, order=True)
class ISBN:
    prefix: int
    group: int
    publisher: int
    title: int
    check: int = 0

    def __str__(self):
        return f"{self.prefix}-{self.group}-{self.publisher}-{self.title}-{self.check}"

@dataclass(order=True)
class Book:
    sort_index: tuple = field(init=False, repr=False)
    title: str
    author: str
    year: int = 2000
    tags: List[str] = field(default_factory=list)
    isbn: Optional[ISBN] = field(default=None, compare=False)
    copies: int = field(default=1, compare=False)

    def __post_init__(self):
        if self.year < 0:
            raise ValueError(f"bad year {self.year!r} for {self.title!r}")
        self.sort_index = (self.author.split()[-1], self.year)

@dataclass
class Member:
    name: str
    member_id: int
    loans: List[Book] = field(default_factory=list)
    fines: float = 0.0
    secret: InitVar[str] = "none"

    def __post_init__(self, secret):
        self.has_secret = secret != "none"

@dataclass
class Library:
    name: str
    books: dict = field(default_factory=dict)
    members: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)

    def add(self, book: Book):
        key = book.title.lower()
        if key in self.books:
            self.books[key] = replace(self.books[key], copies=self.books[key].copies + book.copies)
        else:
            self.books[key] = book
        self.log.append(("add", book.title))

    def join(self, m: Member):
        self.members[m.member_id] = m

    def lend(self, member_id, title):
        m = self.members[member_id]
        b = self.books.get(title.lower())
        if b is None:
            raise LookupError(f"no such book: {title}")
        if b.copies <= 0:
            raise RuntimeError(f"{b.title} is out")
        b.copies -= 1
        m.loans.append(b)
        self.log.append(("lend", member_id, b.title))

lib = Library("City")
lib.add(Book("Dune", "Frank Herbert", 1965, ["scifi"], ISBN(978, 0, 441, 17271, 9)))
lib.add(Book("Emma", "Jane Austen", 1815, ["classic"]))
lib.add(Book("Persuasion", "Jane Austen", 1817))
lib.add(Book("Dune", "Frank Herbert", 1965, copies=2))
lib.add(Book("Neuromancer", "William Gibson", 1984, ["scifi", "cyberpunk"]))
for b in sorted(lib.books.values()):
    print(b)
print(sorted(lib.books.values(), reverse=True)[0].title)
print(lib)

a = Member("Ann", 1)
b = Member("Bob", 2, secret="xyz")
print(a, a.has_secret, b.has_secret)
lib.join(a); lib.join(b)
lib.lend(1, "dune"); lib.lend(2, "Dune"); lib.lend(1, "Dune")
try:
    lib.lend(2, "dune")
except RuntimeError as e:
    print("error:", e)
try:
    lib.lend(2, "Ulysses")
except LookupError as e:
    print("error:", repr(e))
print([x.title for x in a.loans], lib.books["dune"].copies)
print(lib.log)

isbn = lib.books["dune"].isbn
print(isbn, repr(isbn), hash(isbn) == hash(ISBN(978, 0, 441, 17271, 9)))
try:
    isbn.check = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del isbn.prefix
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(ISBN(1, 2, 3, 4) < ISBN(1, 2, 3, 5), ISBN(1, 2, 3, 4) == ISBN(1, 2, 3, 4, 0))
print(asdict(lib.books["emma"]))
print(astuple(ISBN(1, 2, 3, 4)))
print(asdict(a)["loans"][0]["title"])
print([f.name for f in fields(Book)], [f.name for f in fields(a)])
print(is_dataclass(Book), is_dataclass(a), is_dataclass(3))
try:
    Book("X", "Y Z", -5)
except ValueError as e:
    print("ValueError:", e)
try:
    Book("X")
except TypeError as e:
    print("TypeError:", e)
try:
    replace(a, loans=[], nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Book("A", "B C") < ISBN(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
f = dataclasses.fields(Book)[3]
print(f.name, f.type, f.default, f.default_factory is dataclasses.MISSING)
print(Book.__eq__(Book("A", "B C"), 3))
c = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
print(c(1), c(1, 2) == c(1, 2))
