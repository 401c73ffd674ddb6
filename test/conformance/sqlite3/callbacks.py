# create_function and create_aggregate calling back into Python, set_trace_callback, iterdump.
import sqlite3

c = sqlite3.connect(":memory:")
c.create_function("double", 1, lambda x: None if x is None else x * 2)
c.create_function("join3", 3, lambda a, b, d: f"{a}-{b}-{d}", deterministic=True)
c.create_function("kind", 1, lambda x: type(x).__name__)
def failing(x):
    raise ValueError("nope")
c.create_function("failing", 1, failing)
c.create_function("listy", 0, lambda: [1])
c.create_function("huge", 0, lambda: 2**70)
class Median:
    def __init__(self):
        self.items = []
    def step(self, value):
        if value is not None:
            self.items.append(value)
    def finalize(self):
        if not self.items:
            return None
        s = sorted(self.items)
        return s[len(s) // 2]
c.create_aggregate("median", 1, Median)
c.execute("CREATE TABLE t (g TEXT, x)")
c.executemany("INSERT INTO t VALUES (?, ?)", [("a", 3), ("a", 1), ("a", 2), ("b", 10), ("b", None), ("c", 7.5)])
print(c.execute("SELECT double(x), join3(g, x, 'z'), kind(x) FROM t").fetchall())
print(c.execute("SELECT g, median(x), count(x) FROM t GROUP BY g ORDER BY g").fetchall())
print(c.execute("SELECT median(x) FROM t WHERE 0").fetchall())
print(c.execute("SELECT median(x), median(x * 10) FROM t").fetchall())
for sql in ["SELECT failing(1)", "SELECT listy()", "SELECT huge()", "SELECT double(1, 2)", "SELECT nofunc(1)"]:
    try:
        print(c.execute(sql).fetchall())
    except sqlite3.Error as e:
        print(type(e).__name__, e)
class NoStep:
    def finalize(self):
        return 1
class BadInit:
    def __init__(self):
        raise RuntimeError
class BadFinal:
    def step(self, x):
        pass
    def finalize(self):
        raise RuntimeError
for cls in [NoStep, BadInit, BadFinal]:
    c.create_aggregate("agg", 1, cls)
    try:
        print(c.execute("SELECT agg(x) FROM t").fetchall())
    except sqlite3.Error as e:
        print(type(e).__name__, e)
log = []
c.set_trace_callback(log.append)
c.execute("INSERT INTO t VALUES (?, ?)", ("d", 'it''s'))
c.execute("UPDATE t SET x = ? WHERE g = ?", (1.5, "d"))
c.commit()
c.set_trace_callback(None)
c.execute("SELECT 1")
print(log)
c.execute("CREATE INDEX ix ON t (g)")
c.execute("CREATE VIEW vw AS SELECT g FROM t")
c.execute("CREATE TABLE blobs (id INTEGER PRIMARY KEY AUTOINCREMENT, b BLOB, f REAL)")
c.execute("INSERT INTO blobs (b, f) VALUES (?, ?)", (b"\x01\x02", 0.5))
c.commit()
for line in c.iterdump():
    print(line)
copy = sqlite3.connect(":memory:")
c.backup(copy)
print(copy.execute("SELECT count(*) FROM t").fetchone(), copy.execute("SELECT * FROM blobs").fetchall())
