# Messages built from a C type's dotted name ('sqlite3.Row'), and TEXT that is not UTF-8.
import sqlite3
conn = sqlite3.connect(":memory:")
conn.row_factory = sqlite3.Row
r = conn.execute("SELECT 1 AS a, 'x' AS b").fetchone()
for action in (lambda: r.__setitem__(0, 1), lambda: r.__delitem__(0)):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
try:
    r[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del r["a"]
except TypeError as e:
    print("TypeError", e)
try:
    reversed(r)
    print("reversible")
except TypeError as e:
    print("TypeError", e)
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError", e)
conn.row_factory = None
for sql in ("SELECT CAST(x'ff' AS TEXT)", "SELECT CAST(x'41ff42' AS TEXT) AS bad",
            "SELECT 'ok', CAST(x'c3' AS TEXT) AS half"):
    try:
        print(conn.execute(sql).fetchall())
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
conn.execute("CREATE TABLE t (s TEXT)")
conn.execute("INSERT INTO t VALUES (CAST(x'616263ff' AS TEXT))")
conn.execute("INSERT INTO t VALUES ('fine')")
cur = conn.execute("SELECT s FROM t ORDER BY rowid DESC")
print(cur.fetchone())
try:
    cur.fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
conn.text_factory = bytes
print(conn.execute("SELECT s FROM t").fetchall())
conn.text_factory = lambda b: b.decode("latin-1")
print(conn.execute("SELECT s FROM t").fetchall())
conn.text_factory = str
print(conn.execute("SELECT length(s), hex(s) FROM t").fetchall())
