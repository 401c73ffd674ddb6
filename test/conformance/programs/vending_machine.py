# An enum-driven state machine (vending machine): Enum, auto, Flag, IntEnum, transitions table, errors.
from enum import Enum, IntEnum, Flag, auto, unique
from decimal import Decimal


@unique
class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_SERVICE = auto()

    def __str__(self):
        return self.name.replace('_', ' ').lower()


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25
    DOLLAR = 100


class Fault(Flag):
    NONE = 0
    JAM = auto()
    NO_CHANGE = auto()
    POWER = auto()
    CRITICAL = JAM | POWER


class Event(str, Enum):
    INSERT = 'insert'
    SELECT = 'select'
    CANCEL = 'cancel'
    DONE = 'done'
    SERVICE = 'service'


class InvalidTransition(Exception):
    pass


class Machine:
    TRANSITIONS = {
        (State.IDLE, Event.INSERT): State.HAS_MONEY,
        (State.HAS_MONEY, Event.INSERT): State.HAS_MONEY,
        (State.HAS_MONEY, Event.SELECT): State.DISPENSING,
        (State.HAS_MONEY, Event.CANCEL): State.IDLE,
        (State.DISPENSING, Event.DONE): State.IDLE,
        (State.IDLE, Event.SERVICE): State.OUT_OF_SERVICE,
        (State.OUT_OF_SERVICE, Event.SERVICE): State.IDLE,
    }

    def __init__(self, stock):
        self.state = State.IDLE
        self.stock = dict(stock)
        self.credit = 0
        self.faults = Fault.NONE
        self.bank = {c: 2 for c in Coin}
        self.history = []

    def fire(self, event, arg=None):
        key = (self.state, Event(event))
        if key not in self.TRANSITIONS:
            raise InvalidTransition('cannot %s while %s' % (Event(event).value, self.state))
        handler = getattr(self, 'on_' + Event(event).value)
        result = handler(arg)
        self.history.append((self.state.name, event))
        self.state = self.TRANSITIONS[key] if result is not False else self.state
        return result

    def on_insert(self, coin):
        coin = Coin(coin)
        self.credit += coin
        self.bank[coin] += 1
        return coin

    def on_select(self, item):
        price, count = self.stock.get(item, (None, 0))
        if price is None:
            print('  no such item', item)
            return False
        if count == 0:
            print('  sold out:', item)
            return False
        if self.credit < price:
            print('  need %s more for %s' % (Decimal(price - self.credit) / 100, item))
            return False
        self.stock[item] = (price, count - 1)
        change = self.make_change(self.credit - price)
        self.credit = 0
        print('  dispense %s, change %s' % (item, [c.name for c in change]))
        return True

    def make_change(self, amount):
        out = []
        for coin in sorted(Coin, reverse=True):
            while amount >= coin and self.bank[coin]:
                self.bank[coin] -= 1
                amount -= coin
                out.append(coin)
        if amount:
            self.faults |= Fault.NO_CHANGE
        return out

    def on_cancel(self, _):
        refund = self.make_change(self.credit)
        self.credit = 0
        print('  refund', [int(c) for c in refund])

    def on_done(self, _):
        pass

    def on_service(self, _):
        self.faults = Fault.NONE


m = Machine({'cola': (125, 2), 'chips': (65, 1), 'gum': (35, 0)})
script = [('insert', 100), ('insert', 25), ('select', 'cola'), ('done', None),
          ('insert', Coin.QUARTER), ('select', 'chips'), ('insert', 25), ('insert', 25), ('select', 'chips'), ('done', None),
          ('select', 'cola'), ('insert', 10), ('select', 'gum'), ('select', 'water'), ('cancel', None),
          ('insert', 3), ('service', None), ('insert', 5), ('service', None), ('bogus', None)]
for ev, arg in script:
    try:
        r = m.fire(ev, arg)
        print('%-8s %-6r -> %-14s credit=%d result=%r' % (ev, arg, m.state, m.credit, r))
    except InvalidTransition as e:
        print('%-8s invalid: %s' % (ev, e))
    except ValueError as e:
        print('%-8s ValueError: %s' % (ev, e))
print(m.stock, {c.name: n for c, n in m.bank.items()})
print(m.faults, Fault.JAM | Fault.NO_CHANGE, Fault.CRITICAL, list(Fault.CRITICAL), Fault.JAM in Fault.CRITICAL, bool(Fault.NONE))
print(~Fault.JAM, Fault(5), repr(Fault(3)), Fault.CRITICAL & ~Fault.JAM)
print(State.IDLE, repr(State.IDLE), State(1), State['DISPENSING'].value, list(State)[-1], len(State))
print(Coin.DIME + Coin.NICKEL, Coin(25) is Coin.QUARTER, sorted([Coin.DOLLAR, Coin.DIME]), Coin.DIME.name, format(Coin.DIME, '>5'), f'{Coin.DIME}')
print(Event.INSERT == 'insert', Event('done'), str(Event.DONE), f'{Event.DONE}', Event.DONE.upper(), repr(Event.CANCEL))
print(m.history[:4], State.__members__.keys(), [s for s in State if s.value > 2])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    CIRCLE = 3
print(list(Shape), Shape.ALIAS, Shape(2).name, Shape.__members__['ALIAS'])
try:
    State.IDLE = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Coin(7)
except ValueError as e:
    print('ValueError:', e)
