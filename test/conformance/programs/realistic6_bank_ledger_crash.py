"""A double-entry ledger that ends in an uncaught, chained exception."""
from dataclasses import dataclass, field
from decimal import Decimal
from collections import defaultdict
import json


class LedgerError(Exception):
    pass


class UnbalancedEntry(LedgerError):
    def __init__(self, entry, diff):
        super().__init__(f"entry {entry.ref} is off by {diff}")
        self.entry = entry


@dataclass
class Posting:
    account: str
    amount: Decimal


@dataclass
class Entry:
    ref: str
    memo: str
    postings: list = field(default_factory=list)

    def post(self, account, amount):
        self.postings.append(Posting(account, Decimal(amount)))
        return self

    def check(self):
        diff = sum(p.amount for p in self.postings)
        if diff:
            raise UnbalancedEntry(self, diff)


class Ledger:
    def __init__(self):
        self.entries = []
        self.balances = defaultdict(Decimal)

    def record(self, entry):
        entry.check()
        self.entries.append(entry)
        for p in entry.postings:
            self.balances[p.account] += p.amount

    def trial_balance(self):
        width = max(map(len, self.balances))
        for acct in sorted(self.balances):
            amt = self.balances[acct]
            dr, cr = (amt, "") if amt >= 0 else ("", -amt)
            print(f"{acct:<{width}}  {dr!s:>10}  {cr!s:>10}")
        print("-" * (width + 24))
        print(f"{'':<{width}}  {sum(a for a in self.balances.values() if a > 0)!s:>10}  "
              f"{-sum(a for a in self.balances.values() if a < 0)!s:>10}")

    def load(self, text):
        for i, raw in enumerate(json.loads(text)):
            try:
                e = Entry(raw["ref"], raw.get("memo", ""))
                for acct, amt in raw["lines"]:
                    e.post(acct, amt)
                self.record(e)
            except KeyError as exc:
                raise LedgerError(f"record {i} lacks {exc}") from exc


led = Ledger()
led.record(Entry("J1", "capital").post("cash", "1000.00").post("equity", "-1000.00"))
led.record(Entry("J2", "rent").post("rent", "350.00").post("cash", "-350.00"))
led.record(Entry("J3", "sale").post("cash", "99.95").post("ar", "50.05").post("revenue", "-150.00"))
try:
    led.record(Entry("J4", "typo").post("cash", "10").post("revenue", "-1.0"))
except UnbalancedEntry as e:
    print("rejected:", e, "| postings:", len(e.entry.postings))
led.trial_balance()

batch = json.dumps([
    {"ref": "B1", "memo": "supplies", "lines": [["supplies", "12.50"], ["cash", "-12.50"]]},
    {"ref": "B2", "lines": [["cash", "40"], ["ar", "-40"]]},
])
led.load(batch)
print(len(led.entries), dict(sorted(led.balances.items())))
print(json.dumps({k: str(v) for k, v in led.balances.items()}, sort_keys=True, separators=(",", ":")))


def audit(ledger):
    for e in ledger.entries:
        try:
            e.check()
            ratio = e.postings[0].amount / sum(p.amount for p in e.postings if p.amount > 0 and p is not e.postings[0])
        except ArithmeticError as exc:
            raise LedgerError(f"audit failed on {e.ref}") from None if e.ref == "J0" else exc
        print(f"{e.ref}: ratio {ratio:.4f}")


try:
    led.load('[{"ref": "B3", "line": []}]')
except LedgerError as e:
    print(repr(e), "cause:", repr(e.__cause__), e.__suppress_context__)
audit(led)
