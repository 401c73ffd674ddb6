# library system: nested exceptions, custom hierarchy, __str__, logging via print, uncaught chain with context
from datetime import date, timedelta
from collections import defaultdict
from dataclasses import dataclass, field
from enum import Enum


class LibraryError(Exception):
    code = "LIB"

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}"


class NotFound(LibraryError, LookupError):
    code = "404"


class AlreadyBorrowed(LibraryError):
    code = "409"

    def __init__(self, book, who):
        super().__init__(book.title, who)
        self.book, self.who = book, who

    def __str__(self):
        return f"[{self.code}] {self.book.title!r} is out with {self.who}"


class LimitReached(LibraryError):
    code = "429"


class Genre(Enum):
    FICTION = "fic"
    SCIENCE = "sci"
    HISTORY = "his"


@dataclass
class Book:
    isbn: str
    title: str
    genre: Genre
    borrowed_by: str | None = None
    due: date | None = None


@dataclass
class Member:
    name: str
    limit: int = 2
    books: list = field(default_factory=list)
    fines: float = 0.0


class Library:
    def __init__(self, today):
        self.books = {}
        self.members = {}
        self.today = today
        self.log = []

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name, **kw):
        self.members[name] = Member(name, **kw)

    def find(self, isbn):
        try:
            return self.books[isbn]
        except KeyError:
            raise NotFound(f"no book {isbn}")

    def borrow(self, name, isbn):
        member = self.members[name]
        book = self.find(isbn)
        if book.borrowed_by:
            raise AlreadyBorrowed(book, book.borrowed_by)
        if len(member.books) >= member.limit:
            raise LimitReached(f"{name} has {len(member.books)} books")
        book.borrowed_by, book.due = name, self.today + timedelta(days=14)
        member.books.append(book)
        self.log.append(("borrow", name, isbn))
        return book.due

    def give_back(self, name, isbn, on):
        book = self.find(isbn)
        member = self.members[name]
        member.books.remove(book)
        late = (on - book.due).days
        if late > 0:
            member.fines += round(0.25 * late, 2)
        book.borrowed_by = book.due = None
        return max(late, 0)

    def report(self):
        by_genre = defaultdict(list)
        for b in sorted(self.books.values(), key=lambda b: (b.genre.value, b.title)):
            by_genre[b.genre.name].append(b.title + ("*" if b.borrowed_by else ""))
        return dict(by_genre)


lib = Library(date(2024, 3, 1))
lib.add(Book("1", "Dune", Genre.FICTION), Book("2", "Cosmos", Genre.SCIENCE),
        Book("3", "SPQR", Genre.HISTORY), Book("4", "Emma", Genre.FICTION))
lib.join("ann")
lib.join("bob", limit=1)
print(lib.borrow("ann", "1"), lib.borrow("bob", "2"))
for who, isbn in [("ann", "2"), ("bob", "3"), ("ann", "9"), ("zed", "1")]:
    try:
        lib.borrow(who, isbn)
    except AlreadyBorrowed as e:
        print("busy:", e, "|", e.args)
    except LimitReached as e:
        print("limit:", e, repr(e))
    except LookupError as e:
        print(type(e).__name__, "lookup:", e, isinstance(e, LibraryError))
print(lib.give_back("ann", "1", date(2024, 3, 20)), lib.members["ann"].fines)
print(lib.report())
print(lib.log)
try:
    try:
        lib.give_back("bob", "1", date(2024, 3, 2))
    except ValueError as e:
        raise LibraryError("inconsistent state") from e
except LibraryError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__)
try:
    lib.give_back("ann", "4", date(2024, 4, 1))
except Exception as e:
    print(type(e).__name__, e)


def nightly(lib):
    for name, m in lib.members.items():
        try:
            assert m.fines == 0, f"{name} owes {m.fines:.2f}"
        except AssertionError:
            lib.find("missing-" + name)


nightly(lib)
