# A tiny ORM: descriptors with __set_name__, metaclass registry, __init_subclass__, validation
import sqlite3
from collections import ChainMap


class ValidationError(ValueError):
    pass


class Field:
    _counter = 0

    def __init__(self, *, default=None, nullable=False):
        self.default = default
        self.nullable = nullable
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None:
            if not self.nullable:
                raise ValidationError(f"{type(obj).__name__}.{self.name} may not be None")
        else:
            value = self.coerce(value)
        setattr(obj, self.attr, value)

    def coerce(self, value):
        return value

    sql_type = "TEXT"

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Integer(Field):
    sql_type = "INTEGER"

    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max

    def coerce(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{self.name} must be an int, not {type(value).__name__}")
        if self.min is not None and value < self.min:
            raise ValidationError(f"{self.name}={value} is below {self.min}")
        if self.max is not None and value > self.max:
            raise ValidationError(f"{self.name}={value} is above {self.max}")
        return value


class String(Field):
    def __init__(self, *, max_length=255, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def coerce(self, value):
        value = str(value)
        if len(value) > self.max_length:
            raise ValidationError(f"{self.name} longer than {self.max_length}")
        return value


class ModelMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {}

    def __new__(mcls, name, bases, ns, table=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        fields = {}
        for base in reversed(cls.__mro__):
            for k, v in vars(base).items():
                if isinstance(v, Field):
                    fields[k] = v
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls._table = table or name.lower() + "s"
        if bases:
            mcls.registry[name] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"


class Model(metaclass=ModelMeta):
    id = Integer(nullable=True)

    def __init_subclass__(cls, audited=False, **kw):
        super().__init_subclass__(**kw)
        cls.audited = audited

    def __init__(self, **values):
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields for {type(self).__name__}: {', '.join(sorted(unknown))}")
        for name, f in self._fields.items():
            setattr(self, name, values.get(name, f.default))

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, k) == getattr(other, k) for k in self._fields)

    __hash__ = None

    @classmethod
    def create_sql(cls):
        cols = ", ".join(f"{n} {f.sql_type}{'' if f.nullable else ' NOT NULL'}" + (" PRIMARY KEY" if n == "id" else "") for n, f in cls._fields.items())
        return f"CREATE TABLE {cls._table} ({cols})"

    def save(self, db):
        names = [n for n in self._fields if n != "id"]
        cur = db.execute(f"INSERT INTO {self._table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                         [getattr(self, n) for n in names])
        self.id = cur.lastrowid
        return self

    @classmethod
    def select(cls, db, where="1", *params, order="id"):
        cur = db.execute(f"SELECT {', '.join(cls._fields)} FROM {cls._table} WHERE {where} ORDER BY {order}", params)
        return [cls(**dict(zip(cls._fields, row))) for row in cur]


class User(Model, table="people"):
    name = String(max_length=10)
    age = Integer(min=0, max=150, default=0)
    email = String(nullable=True)


class Admin(User, audited=True):
    level = Integer(default=1, min=1, max=3)


print(User, Admin, ModelMeta.registry, list(Admin._fields), User.audited, Admin.audited)
print(User.create_sql())
print(Admin.create_sql())
print(User.name, User.__dict__["age"].max, type(User).__name__, isinstance(User, type))
db = sqlite3.connect(":memory:")
for m in (User, Admin):
    db.execute(m.create_sql())
people = [User(name="ann", age=31, email="a@x"), User(name="bob", age=17), Admin(name="root", age=50, level=3)]
for p in people:
    p.save(db)
print(people)
for bad in [dict(name="x" * 11), dict(name="c", age=-1), dict(name="d", age="3"), dict(name=None), dict(name="e", nick="E"), dict(name="f", age=True)]:
    try:
        User(**bad)
    except (ValidationError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(User.select(db, "age >= ?", 18))
print(User.select(db, order="name DESC"))
print(Admin.select(db)[0] == people[2], User.select(db)[0] == people[2])
try:
    {people[0]}
except TypeError as e:
    print("TypeError:", e)
settings = ChainMap({"debug": True}, {"debug": False, "level": 2})
print(settings["debug"], settings["level"], settings.new_child({"level": 9})["level"], list(settings), dict(settings))
u = people[0]
u.age += 1
print(u.age, vars(u), [k for k in dir(u) if not k.startswith("__")][:8])
print(getattr(u, "nope", "default"), hasattr(u, "_name"), type(u).__mro__)
Dyn = type("Dyn", (User,), {"extra": String(default="?"), "__doc__": "dynamic"})
print(Dyn(name="z"), Dyn.__doc__, Dyn._table)
