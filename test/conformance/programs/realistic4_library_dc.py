# A library system built on dataclasses: default_factory, asdict/astuple/replace, frozen
# records and FrozenInstanceError, __post_init__ with InitVar, kw_only, slots, order=True.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, InitVar, FrozenInstanceError, fields
from datetime import date, timedelta
from typing import Optional


@dataclass(frozen=True, order=True)
class ISBN:
    prefix: int
    group: int
    body: str

    def __str__(self):
        return f"{self.prefix}-{self.group}-{self.body}"


@dataclass(order=True)
class Book:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    author: str
    isbn: ISBN
    year: int = 2000
    tags: list = field(default_factory=list, compare=False)
    copies: int = field(default=1, compare=False)

    def __post_init__(self):
        self.sort_key = (self.author.split()[-1], self.year)


@dataclass(kw_only=True)
class Member:
    name: str
    member_id: int
    email: Optional[str] = None
    loans: dict = field(default_factory=dict)


@dataclass(slots=True)
class Loan:
    book: Book
    member: Member
    start: date
    days: InitVar[int] = 14
    due: date = field(init=False)

    def __post_init__(self, days):
        if days <= 0:
            raise ValueError(f"loan length must be positive, got {days}")
        self.due = self.start + timedelta(days=days)


class LibraryError(Exception):
    pass


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = []

    def add(self, book):
        key = str(book.isbn)
        if key in self.books:
            self.books[key] = replace(self.books[key], copies=self.books[key].copies + book.copies)
        else:
            self.books[key] = book

    def lend(self, isbn, member_id, start, days=14):
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"unknown isbn {isbn}")
        out = sum(1 for l in self.loans if l.book.isbn == book.isbn)
        if out >= book.copies:
            raise LibraryError(f"no copies of {book.title!r} left ({out}/{book.copies})")
        m = self.members[member_id]
        loan = Loan(book, m, start, days)
        m.loans[isbn] = loan.due
        self.loans.append(loan)
        return loan


lib = Library()
b1 = Book("Dune", "Frank Herbert", ISBN(978, 0, "441013593"), 1965, ["sf"])
b2 = Book("Emma", "Jane Austen", ISBN(978, 1, "503290563"), 1815)
b3 = Book("Persuasion", "Jane Austen", ISBN(978, 1, "111111111"), 1817, copies=2)
for b in (b1, b2, b3, Book("Dune", "Frank Herbert", ISBN(978, 0, "441013593"), 1965)):
    lib.add(b)
lib.members[1] = Member(name="Ann", member_id=1)
lib.members[2] = Member(name="Bob", member_id=2, email="bob@example.org")
print(b1)
print(lib.members[2])
print(sorted(lib.books.values())[0].title, [b.title for b in sorted(lib.books.values(), reverse=True)])
print(b2 < b3, b1 == replace(b1, tags=["x"]), b1 == replace(b1, year=1966))
print(asdict(b1))
print(astuple(b2))
print([f.name for f in fields(Book)], [f.name for f in fields(Loan)])
d0 = date(2024, 2, 20)
l1 = lib.lend("978-0-441013593", 1, d0)
l2 = lib.lend("978-0-441013593", 2, d0, days=30)
print(l1.due, l2.due, lib.members[1].loans)
print(l1)
for args in [("978-0-441013593", 1, d0), ("999", 1, d0), ("978-1-503290563", 2, d0, 0)]:
    try:
        lib.lend(*args)
    except (LibraryError, ValueError) as e:
        print(type(e).__name__, e)
isbn = b1.isbn
try:
    isbn.group = 5
except FrozenInstanceError as e:
    print("frozen:", type(e).__name__, e, isinstance(e, AttributeError))
try:
    del isbn.body
except FrozenInstanceError as e:
    print("frozen del:", e)
print(sorted([ISBN(978, 1, "b"), ISBN(978, 0, "z"), ISBN(977, 9, "a")]))
print(hash(ISBN(1, 2, "3")) == hash(ISBN(1, 2, "3")), ISBN(1, 2, "3") in {ISBN(1, 2, "3")})
try:
    Member("Cy", 3)
except TypeError as e:
    print("kw_only:", e)
try:
    l1.extra = 1
except AttributeError as e:
    print("slots:", e)
print(hasattr(Loan, "__slots__"), Loan.__slots__)
try:
    @dataclass
    class Broken:
        a: int = 1
        b: int
except TypeError as e:
    print("order:", e)
try:
    @dataclass
    class Mut:
        xs: list = []
except ValueError as e:
    print("mutable:", e)
print(dataclasses.is_dataclass(b1), dataclasses.is_dataclass(Library))
NewPoint = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
print(NewPoint(3), NewPoint(1, 2) == NewPoint(1, 2))
try:
    asdict(Library())
except TypeError as e:
    print("asdict:", e)
try:
    replace(l1, due=date.today())
except ValueError as e:
    print("replace:", e)
