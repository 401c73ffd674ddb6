"""A small library system: dataclasses, enums, datetime arithmetic, custom exceptions."""
from dataclasses import dataclass, field, asdict, replace
from datetime import date, timedelta
from enum import Enum, auto
from collections import defaultdict, Counter
import json


class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()
    POETRY = auto()


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, title, due):
        super().__init__(f"{title!r} is on loan until {due:%d %b %Y}")
        self.title = title
        self.due = due


class LimitReached(LibraryError):
    pass


@dataclass(order=True)
class Book:
    isbn: str
    title: str = field(compare=False)
    author: str = field(compare=False)
    genre: Genre = field(compare=False, default=Genre.FICTION)
    year: int = field(compare=False, default=2000)


@dataclass
class Member:
    name: str
    limit: int = 3
    loans: list = field(default_factory=list)
    fines: float = 0.0

    def __str__(self):
        return f"{self.name} ({len(self.loans)}/{self.limit} loans, fines ${self.fines:.2f})"


@dataclass(frozen=True)
class Loan:
    isbn: str
    member: str
    start: date
    days: int = 14

    @property
    def due(self):
        return self.start + timedelta(days=self.days)


class Library:
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = {}
        self.history = []

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name, limit=3):
        self.members[name] = m = Member(name, limit)
        return m

    def lend(self, isbn, name, when):
        book = self.books[isbn]
        member = self.members[name]
        if isbn in self.loans:
            raise NotAvailable(book.title, self.loans[isbn].due)
        if len(member.loans) >= member.limit:
            raise LimitReached(f"{name} already has {member.limit} books")
        loan = Loan(isbn, name, when)
        self.loans[isbn] = loan
        member.loans.append(isbn)
        self.history.append(("lend", isbn, name, when.isoformat()))
        return loan

    def give_back(self, isbn, when):
        loan = self.loans.pop(isbn)
        member = self.members[loan.member]
        member.loans.remove(isbn)
        late = (when - loan.due).days
        if late > 0:
            member.fines += late * self.FINE_PER_DAY
        self.history.append(("return", isbn, loan.member, when.isoformat(), max(late, 0)))
        return late


lib = Library()
lib.add(
    Book("978-0", "Dune", "Herbert", Genre.FICTION, 1965),
    Book("978-1", "Cosmos", "Sagan", Genre.SCIENCE, 1980),
    Book("978-2", "SPQR", "Beard", Genre.HISTORY, 2015),
    Book("978-3", "Leaves of Grass", "Whitman", Genre.POETRY, 1855),
    Book("978-4", "The Selfish Gene", "Dawkins", Genre.SCIENCE, 1976),
    Book("978-5", "Emma", "Austen", Genre.FICTION, 1815),
)
ana = lib.join("Ana", limit=2)
ben = lib.join("Ben")
day0 = date(2024, 2, 20)
print(lib.lend("978-0", "Ana", day0).due)
print(lib.lend("978-1", "Ana", day0 + timedelta(days=1)))
for isbn, who in [("978-2", "Ana"), ("978-0", "Ben"), ("978-9", "Ben")]:
    try:
        lib.lend(isbn, who, day0 + timedelta(days=2))
    except NotAvailable as e:
        print("not available:", e, "|", e.title)
    except LibraryError as e:
        print(type(e).__name__, "-", e)
    except KeyError as e:
        print("unknown isbn", e)

print(lib.give_back("978-0", date(2024, 3, 10)), "days late")
print(lib.give_back("978-1", date(2024, 3, 1)), "days late")
print(ana, "|", ben)
for isbn in ("978-2", "978-3", "978-4"):
    lib.lend(isbn, "Ben", date(2024, 2, 29))
for isbn in ("978-2", "978-3", "978-4"):
    lib.give_back(isbn, date(2024, 3, 31) + timedelta(days=len(isbn) + int(isbn[-1])))
print(ben)

by_genre = defaultdict(list)
for b in sorted(lib.books.values(), key=lambda b: (b.genre.value, -b.year)):
    by_genre[b.genre.name.title()].append(f"{b.title} ({b.year})")
for g, titles in by_genre.items():
    print(f"{g:<8}| " + "; ".join(titles))

counts = Counter(h[0] for h in lib.history)
print(sorted(counts.items()), max(lib.books.values()).isbn, min(lib.books.values()) < Book("978-1", "", ""))
print(json.dumps(lib.history[-2:], indent=1))
print(asdict(replace(ana, name="Ana B.", loans=["x"])))
print(json.dumps({k: asdict(v) | {"genre": v.genre.name} for k, v in list(lib.books.items())[:2]}, sort_keys=True))
try:
    lib.loans["978-0"] = Loan("978-0", "Ana", day0)
    lib.loans["978-0"].days = 3
except Exception as e:
    print(type(e).__name__, e)
print(f"{sum(m.fines for m in lib.members.values()):08.3f}", f"{day0:%A %j}", repr(timedelta(days=40, seconds=5)))
