# Sales analytics on sqlite3 in memory: schema with constraints, executemany, joins,
# GROUP BY/HAVING, window functions (rank, running totals, lag), recursive CTEs, views,
# triggers, upserts, CASE, string/date functions, NULL handling, type affinity, row factories,
# custom functions/aggregates, and the errors constraint violations raise.
import sqlite3

db = sqlite3.connect(":memory:")
db.row_factory = sqlite3.Row
db.executescript("""
CREATE TABLE region (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE rep (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region_id INTEGER REFERENCES region(id), manager_id INTEGER);
CREATE TABLE sale (id INTEGER PRIMARY KEY AUTOINCREMENT, rep_id INTEGER NOT NULL, day TEXT NOT NULL,
                   amount REAL CHECK (amount > 0), product TEXT DEFAULT 'misc');
CREATE TABLE audit (msg TEXT);
CREATE TRIGGER sale_audit AFTER INSERT ON sale WHEN NEW.amount >= 1000
BEGIN INSERT INTO audit VALUES ('big sale ' || NEW.id || ' by ' || NEW.rep_id); END;
CREATE VIEW rep_totals AS SELECT r.name, g.name AS region, COUNT(s.id) AS n, ROUND(COALESCE(SUM(s.amount), 0), 2) AS total
    FROM rep r LEFT JOIN sale s ON s.rep_id = r.id LEFT JOIN region g ON g.id = r.region_id GROUP BY r.id;
""")
db.executemany("INSERT INTO region(name) VALUES (?)", [("North",), ("South",), ("West",)])
db.executemany("INSERT INTO rep VALUES (?, ?, ?, ?)", [(1, "Ann", 1, None), (2, "Bob", 1, 1), (3, "Cy", 2, 1), (4, "Dee", 2, 3), (5, "Eve", None, 3)])
sales = [(1, "2024-01-03", 250.0, "widget"), (2, "2024-01-03", 1200.0, "gadget"), (1, "2024-01-10", 75.5, "widget"),
         (3, "2024-01-11", 980.0, "gadget"), (4, "2024-02-01", 1500.0, "gizmo"), (2, "2024-02-02", 60.0, "widget"),
         (3, "2024-02-14", 310.25, "gizmo"), (1, "2024-02-20", 1000.0, "gadget"), (4, "2024-03-01", 45.0, None)]
db.executemany("INSERT INTO sale(rep_id, day, amount, product) VALUES (?, ?, ?, ?)", sales)
db.execute("INSERT INTO sale(rep_id, day, amount) VALUES (5, '2024-03-02', 99.99)")
db.commit()


def show(sql, params=()):
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    rows = cur.fetchall()
    widths = [max(len(str(c)), *(len(str(r[i])) for r in rows)) if rows else len(c) for i, c in enumerate(cols)]
    print(" | ".join(f"{c:<{w}}" for c, w in zip(cols, widths)))
    for r in rows:
        print(" | ".join(f"{str(v):<{w}}" for v, w in zip(tuple(r), widths)))
    print()


show("SELECT * FROM rep_totals ORDER BY total DESC")
show("""SELECT g.name AS region, COUNT(*) AS sales, ROUND(AVG(s.amount), 2) AS avg, MAX(s.amount) AS best
        FROM sale s JOIN rep r ON r.id = s.rep_id JOIN region g ON g.id = r.region_id
        GROUP BY g.name HAVING COUNT(*) > 1 ORDER BY region""")
show("""SELECT r.name, s.day, s.amount,
          SUM(s.amount) OVER (PARTITION BY s.rep_id ORDER BY s.day) AS running,
          RANK() OVER (ORDER BY s.amount DESC) AS rnk,
          LAG(s.amount, 1, 0) OVER (PARTITION BY s.rep_id ORDER BY s.day) AS prev
        FROM sale s JOIN rep r ON r.id = s.rep_id ORDER BY r.name, s.day""")
show("""WITH RECURSIVE chain(id, name, depth, path) AS (
          SELECT id, name, 0, name FROM rep WHERE manager_id IS NULL
          UNION ALL
          SELECT r.id, r.name, c.depth + 1, c.path || ' > ' || r.name FROM rep r JOIN chain c ON r.manager_id = c.id)
        SELECT depth, path FROM chain ORDER BY path""")
show("""SELECT strftime('%Y-%m', day) AS month, COUNT(*) AS n, printf('%.2f', SUM(amount)) AS total,
          GROUP_CONCAT(DISTINCT product) AS products
        FROM sale GROUP BY month ORDER BY month""")
show("""SELECT product, CASE WHEN amount >= 1000 THEN 'big' WHEN amount >= 100 THEN 'mid' ELSE 'small' END AS size,
          UPPER(SUBSTR(COALESCE(product, '?'), 1, 3)) AS code, LENGTH(product) AS len, IFNULL(product, 'none') AS p
        FROM sale WHERE product IS NULL OR product LIKE 'g%' ORDER BY amount LIMIT 4 OFFSET 1""")
print([tuple(r) for r in db.execute("SELECT msg FROM audit ORDER BY rowid")])
print(db.execute("SELECT date('2024-01-31', '+1 month'), julianday('2024-03-01') - julianday('2024-02-01'), date('2024-02-29', 'start of month', '-1 day')").fetchone()[:])
print(tuple(db.execute("SELECT typeof(1), typeof(1.5), typeof('x'), typeof(NULL), typeof(x'00'), 7 / 2, 7 / 2.0, 7 % 3, -7 / 2, 1 = 1.0, 'a' < 'b', NULL = NULL, NULL IS NULL").fetchone()))
db.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER, hits INTEGER DEFAULT 0)")
for k, v in [("a", 1), ("b", 2), ("a", 10)]:
    db.execute("INSERT INTO kv(k, v) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v, hits = hits + 1", (k, v))
print([tuple(r) for r in db.execute("SELECT * FROM kv ORDER BY k")])
db.execute("CREATE TABLE aff (i INTEGER, t TEXT, r REAL, n NUMERIC, b BLOB)")
db.execute("INSERT INTO aff VALUES ('42', 42, '3', '1e2', 'x')")
print([(v, type(v).__name__) for v in db.execute("SELECT * FROM aff").fetchone()])
db.create_function("rev", 1, lambda s: s[::-1] if s is not None else None, deterministic=True)


class Median:
    def __init__(self):
        self.vals = []

    def step(self, v):
        if v is not None:
            self.vals.append(v)

    def finalize(self):
        v = sorted(self.vals)
        n = len(v)
        return None if not n else (v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2)


db.create_aggregate("median", 1, Median)
print(tuple(db.execute("SELECT rev(name), median(amount) FROM rep JOIN sale ON sale.rep_id = rep.id WHERE rep.id = 1").fetchone()))
print([tuple(r) for r in db.execute("SELECT rep_id, median(amount) FROM sale GROUP BY rep_id")])
for bad in ["INSERT INTO sale(rep_id, day, amount) VALUES (1, '2024-01-01', -5)", "INSERT INTO region(name) VALUES ('North')",
            "INSERT INTO rep(id, name) VALUES (1, 'Dup')", "INSERT INTO rep(id) VALUES (9)", "SELECT nope FROM rep",
            "SELEC 1", "SELECT * FROM missing", "INSERT INTO kv VALUES (1, 2)"]:
    try:
        db.execute(bad)
    except sqlite3.Error as e:
        print(f"{type(e).__name__}: {e}")
try:
    with db:
        db.execute("UPDATE kv SET v = v + 100")
        raise RuntimeError("abort transaction")
except RuntimeError:
    pass
print([tuple(r) for r in db.execute("SELECT k, v FROM kv")], db.in_transaction, db.total_changes > 0)
row = db.execute("SELECT id, name FROM rep WHERE id = ?", (3,)).fetchone()
print(row.keys(), row["name"], row[0], dict(row), len(row))
db.row_factory = None
cur = db.execute("SELECT name FROM rep WHERE name LIKE :pat ORDER BY name", {"pat": "%e%"})
print(cur.fetchall(), cur.rowcount, db.execute("SELECT count(*) FROM sale").fetchone(), db.execute("SELECT last_insert_rowid()").fetchone())
print(db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall())
try:
    db.execute("SELECT ?", (1, 2))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
db.close()
try:
    db.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
