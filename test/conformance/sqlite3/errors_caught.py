# Errors caught and printed: the DB-API exception hierarchy and its messages.
import sqlite3

print([c.__name__ for c in sqlite3.IntegrityError.__mro__])
print(issubclass(sqlite3.ProgrammingError, sqlite3.DatabaseError), issubclass(sqlite3.InterfaceError, sqlite3.Error), issubclass(sqlite3.Warning, Exception))
c = sqlite3.connect(":memory:")
c.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL, age INTEGER CHECK (age >= 0))")
c.execute("INSERT INTO users (email, age) VALUES ('a@x', 1)")
cases = [
    ("INSERT INTO users (email, age) VALUES ('a@x', 2)", ()),
    ("INSERT INTO users (email, age) VALUES (NULL, 2)", ()),
    ("INSERT INTO users (email, age) VALUES ('b@x', -1)", ()),
    ("INSERT INTO users (id, email) VALUES (1, 'c@x')", ()),
    ("SELECT * FROM x", ()),
    ("SELECT nope FROM users", ()),
    ("SELEC 1", ()),
    ("SELECT * FROM users WHERE", ()),
    ("SELECT ?, ?", (1,)),
    ("SELECT ?", (1, 2)),
    ("SELECT ?", ([1],)),
    ("SELECT :a, :b", {"a": 1}),
    ("SELECT ?", {"a": 1}),
    ("SELECT ?", 5),
    ("SELECT 1; SELECT 2", ()),
    ("CREATE TABLE users (x)", ()),
]
for sql, params in cases:
    try:
        c.execute(sql, params)
        print("ok", sql)
    except sqlite3.Error as e:
        print(type(e).__name__, e, "|", getattr(e, "sqlite_errorcode", "-"), getattr(e, "sqlite_errorname", "-"))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: c.execute(5), lambda: c.executescript(5), lambda: c.executemany("SELECT ?", [(1,)])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
cur = c.cursor()
cur.close()
for f in [lambda: cur.execute("SELECT 1"), lambda: cur.fetchall()]:
    try:
        f()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError", e)
c.close()
c.close()
for f in [lambda: c.execute("SELECT 1"), lambda: c.commit(), lambda: c.cursor(), lambda: c.total_changes]:
    try:
        f()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError", e)
try:
    sqlite3.connect("/nonexistent-dir/sub/x.db")
except sqlite3.OperationalError as e:
    print("OperationalError", e, e.sqlite_errorcode, e.sqlite_errorname)
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"), sqlite3.complete_statement("SELECT ';'"), sqlite3.complete_statement("SELECT 1; -- done"))
