# a library lending system: dataclasses, datetime due dates, fines with Decimal, JSON export, ending in an uncaught error with notes and a cause
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
import json
class LibraryError(Exception):
    pass
class NotAvailable(LibraryError):
    pass
class LimitReached(LibraryError):
    pass
@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1
    on_loan: int = 0
    @property
    def available(self): return self.copies - self.on_loan
@dataclass
class Loan:
    isbn: str
    member: str
    start: date
    due: date
    returned: date | None = None
    def fine(self, today):
        end = self.returned or today
        late = (end - self.due).days
        return (Decimal("0.25") * max(0, late)).quantize(Decimal("0.01"), ROUND_HALF_UP)
@dataclass
class Member:
    name: str
    limit: int = 2
    loans: list = field(default_factory=list)
class Library:
    LOAN_DAYS = 14
    def __init__(self):
        self.books, self.members, self.history = {}, {}, []
    def add(self, *books):
        for b in books: self.books[b.isbn] = b
    def join(self, name, limit=2):
        self.members[name] = Member(name, limit)
    def lend(self, isbn, name, today):
        try:
            book = self.books[isbn]; m = self.members[name]
        except KeyError as e:
            raise LibraryError(f"unknown {'book' if e.args[0] == isbn else 'member'} {e.args[0]!r}") from e
        if book.available <= 0:
            raise NotAvailable(f"{book.title!r} has no copy available")
        if len([l for l in m.loans if l.returned is None]) >= m.limit:
            err = LimitReached(f"{name} already has {m.limit} books")
            err.add_note(f"titles: {', '.join(self.books[l.isbn].title for l in m.loans if l.returned is None)}")
            raise err
        loan = Loan(isbn, name, today, today + timedelta(days=self.LOAN_DAYS))
        book.on_loan += 1; m.loans.append(loan); self.history.append(loan)
        return loan
    def give_back(self, isbn, name, today):
        for l in self.members[name].loans:
            if l.isbn == isbn and l.returned is None:
                l.returned = today; self.books[isbn].on_loan -= 1
                return l.fine(today)
        raise LibraryError(f"{name} has no open loan of {isbn}")
lib = Library()
lib.add(Book("111", "Dune", "Herbert", 2), Book("222", "Emma", "Austen"), Book("333", "Ulysses", "Joyce"))
for n in ("ann", "bob"): lib.join(n)
lib.join("cy", limit=1)
d0 = date(2024, 2, 20)
events = [("lend", "111", "ann", 0), ("lend", "222", "ann", 1), ("lend", "333", "ann", 2), ("lend", "222", "bob", 2),
          ("lend", "999", "bob", 3), ("lend", "111", "zed", 3), ("return", "222", "ann", 20), ("lend", "222", "bob", 21),
          ("return", "111", "ann", 30), ("return", "111", "ann", 31), ("lend", "111", "cy", 31), ("lend", "333", "cy", 32)]
for kind, isbn, who, day in events:
    today = d0 + timedelta(days=day)
    try:
        if kind == "lend":
            loan = lib.lend(isbn, who, today)
            print(f"{today:%b %d} {who:>3} borrows {lib.books[isbn].title:<8} due {loan.due:%a %b %d}")
        else:
            fine = lib.give_back(isbn, who, today)
            print(f"{today:%b %d} {who:>3} returns {lib.books[isbn].title:<8} fine ${fine}")
    except LibraryError as e:
        cause = f" (cause: {type(e.__cause__).__name__} {e.__cause__})" if e.__cause__ else ""
        notes = f" {e.__notes__}" if hasattr(e, "__notes__") else ""
        print(f"{today:%b %d} {who:>3} !! {type(e).__name__}: {e}{cause}{notes}")
report = {isbn: {"title": b.title, "available": b.available} for isbn, b in sorted(lib.books.items())}
print(json.dumps(report, indent=2))
def encode(o):
    if isinstance(o, date): return o.isoformat()
    if isinstance(o, Decimal): return str(o)
    raise TypeError(type(o).__name__)
print(json.dumps([asdict(l) | {"fine": l.fine(d0 + timedelta(days=40))} for l in lib.history], default=encode)[:300])
total = sum((l.fine(d0 + timedelta(days=40)) for l in lib.history), Decimal(0))
print(f"outstanding fines: ${total}")
lib.lend("333", "cy", d0 + timedelta(days=41))
