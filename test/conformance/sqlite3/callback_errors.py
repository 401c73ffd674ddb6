# User functions and aggregates that fail: 3.11 takes None (or any object) as the
# function and fails when SQL calls it; with callback tracebacks on, each failure is
# reported through sys.unraisablehook naming the callable.
import sqlite3
conn = sqlite3.connect(":memory:")
conn.create_function("sq", 1, lambda x: x * x)
print(conn.execute("SELECT sq(3)").fetchone())
conn.create_function("sq", 1, None)
conn.create_aggregate("agg", 1, None)
for sql in ("SELECT sq(2)", "SELECT agg(2)"):
    try:
        print(conn.execute(sql).fetchone())
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
try:
    conn.create_function("x", -2, lambda: 0)
except sqlite3.Error as e:
    print(type(e).__name__, e)
try:
    conn.create_aggregate("y", -5, object)
except sqlite3.Error as e:
    print(type(e).__name__, e)


class Ratio:
    def __repr__(self):
        return "<Ratio>"

    def __call__(self, a, b):
        return a / b


class Avg:
    def __init__(self):
        self.n = 0

    def step(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.n += 1

    def finalize(self):
        return self.n


conn.create_function("ratio", 2, Ratio())
conn.create_aggregate("avg2", 1, Avg)
sqlite3.enable_callback_tracebacks(True)
for sql in ("SELECT ratio(1, 0)", "SELECT ratio(6, 3)", "SELECT avg2(-1)", "SELECT avg2(4)"):
    try:
        print(conn.execute(sql).fetchone())
    except sqlite3.OperationalError as e:
        print("OperationalError", e)


class Tracer:
    def __repr__(self):
        return "<Tracer>"

    def __call__(self, sql):
        raise KeyError(sql)


conn.set_trace_callback(Tracer())
print(conn.execute("SELECT 42").fetchone())
sqlite3.enable_callback_tracebacks(False)
print(conn.execute("SELECT ratio(1, 0) IS NULL").fetchone() if False else "quiet")
try:
    conn.execute("SELECT ratio(1, 0)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)


# A failed statement leaves no half-stepped aggregate behind for the next query.
class NoStep:
    def finalize(self):
        return 7


class Cnt:
    def __init__(self):
        self.n = 0

    def step(self, v):
        self.n += 1

    def finalize(self):
        return self.n


conn.create_aggregate("nostep", 1, NoStep)
conn.create_aggregate("cnt", 1, Cnt)
conn.execute("CREATE TABLE t(x)")
conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,), (3,)])
for sql in ("SELECT nostep(x) FROM t", "SELECT cnt(x) FROM t", "SELECT cnt(x), nostep(x) FROM t",
            "SELECT cnt(x) FROM t", "SELECT avg2(x - 2) FROM t", "SELECT avg2(x), cnt(x) FROM t"):
    try:
        print(conn.execute(sql).fetchall())
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
