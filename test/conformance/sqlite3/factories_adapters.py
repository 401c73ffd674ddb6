# Row factories, text_factory, adapters and converters, the date/datetime defaults.
import sqlite3
import datetime

c = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
c.execute("CREATE TABLE ev (d DATE, ts TIMESTAMP, p POINT, n)")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
c.execute("INSERT INTO ev VALUES (?, ?, ?, ?)", (datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 678), Point(1, 2), 3))
c.execute("INSERT INTO ev VALUES (?, ?, ?, ?)", (datetime.date(1999, 12, 31), datetime.datetime(2000, 1, 1), None, None))
for row in c.execute("SELECT * FROM ev"):
    print(row)
print(c.execute("SELECT d, ts FROM ev").fetchall()[0])
print(c.execute("SELECT n AS \"n [point]\", '5;6' AS \"q [point]\", 1.5 AS \"r [date]\" FROM ev LIMIT 1").description)
print(c.execute("SELECT '5;6' AS \"q [point]\", '2001-02-03' AS \"when [date]\"").fetchone())
print(sorted(k for k in sqlite3.converters))
class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
print(c.execute("SELECT ?", (Conforming(),)).fetchone())
# Row factories.
c.row_factory = lambda cur, row: {d[0]: v for d, v in zip(cur.description, row)}
print(c.execute("SELECT 1 AS a, 'b' AS b").fetchone())
c.row_factory = sqlite3.Row
r1 = c.execute("SELECT 1 AS a, 2 AS B").fetchone()
r2 = c.execute("SELECT 1 AS a, 2 AS B").fetchone()
print(r1 == r2, hash(r1) == hash(r2), r1 != r2, r1 == (1, 2), list(r1), r1.keys(), r1["b"], r1["A"])
for key in [5, "zz", 1.5]:
    try:
        r1[key]
    except Exception as e:
        print(type(e).__name__, e)
cur = c.cursor()
cur.row_factory = None
print(cur.execute("SELECT 1, 2").fetchone())
c.row_factory = None
c.text_factory = bytes
print(c.execute("SELECT 'abc', x'0001', 3, 2.5").fetchone())
c.text_factory = lambda b: b.decode().upper()
print(c.execute("SELECT 'abc', x'0001'").fetchone())
c.text_factory = str
print(sqlite3.adapt(datetime.date(2020, 5, 6)), bytes(sqlite3.Binary(b"x")), sqlite3.Date(2020, 1, 1), sqlite3.Timestamp(2020, 1, 1, 1, 1))
