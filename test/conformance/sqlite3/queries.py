# Joins, GROUP BY, aggregates, subqueries, ORDER BY, LIMIT, NULLs and type mapping.
import sqlite3

db = sqlite3.connect(":memory:")
db.executescript("""
CREATE TABLE dept (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE emp (id INTEGER PRIMARY KEY, name TEXT, dept_id INTEGER REFERENCES dept(id), salary REAL, boss INTEGER);
""")
db.executemany("INSERT INTO dept (id, name) VALUES (?, ?)", [(1, "eng"), (2, "ops"), (3, "empty")])
people = [("ann", 1, 120.5, None), ("bo", 1, 99.0, 1), ("cy", 2, 80.25, 1), ("di", 2, 80.25, 3), ("ed", None, 10.0, None)]
db.executemany("INSERT INTO emp (name, dept_id, salary, boss) VALUES (?, ?, ?, ?)", (p for p in people))
q = """SELECT d.name, count(e.id), sum(e.salary), round(avg(e.salary), 2), group_concat(e.name, '|')
       FROM dept d LEFT JOIN emp e ON e.dept_id = d.id GROUP BY d.id ORDER BY d.name"""
for row in db.execute(q):
    print(row)
print(db.execute("SELECT e.name, b.name FROM emp e JOIN emp b ON e.boss = b.id ORDER BY e.name").fetchall())
print(db.execute("SELECT name FROM emp WHERE salary > (SELECT avg(salary) FROM emp)").fetchall())
print(db.execute("SELECT dept_id, count(*) FROM emp GROUP BY dept_id HAVING count(*) > 1").fetchall())
print(db.execute("SELECT name FROM emp ORDER BY salary DESC, name LIMIT 2 OFFSET 1").fetchall())
print(db.execute("SELECT DISTINCT salary FROM emp ORDER BY 1").fetchall())
print(db.execute("SELECT name, CASE WHEN dept_id IS NULL THEN 'none' ELSE 'some' END FROM emp WHERE name LIKE '%d%'").fetchall())
# Types in and out.
db.execute("CREATE TABLE v (x)")
values = [1, -1, 2**31, 2**53 + 1, 2**63 - 1, -2**63, 1.5, -0.0, 1e300, "text", "ünï", "", b"\x00\xff", bytearray(b"ba"), memoryview(b"mv"), None, True]
db.executemany("INSERT INTO v VALUES (?)", [(x,) for x in values])
for (x,) in db.execute("SELECT x FROM v"):
    print(type(x).__name__, repr(x))
print(db.execute("SELECT typeof(x), count(*) FROM v GROUP BY 1 ORDER BY 1").fetchall())
for bad in [2**63, -2**63 - 1, [1], {1: 2}, object()]:
    try:
        db.execute("SELECT ?", (bad,))
    except Exception as e:
        print(type(e).__name__, e)
print(db.execute("SELECT ? + ?, ? || ?, :a * :b", (1, 2, "a", "b", 3, 4) if False else {"a": 6, "b": 7}).fetchall() if False else db.execute("SELECT :a * :b, :a", {"a": 6, "b": 7}).fetchall())
print(db.execute("SELECT ?1, ?2, ?1", (5, 6)).fetchall())
print(db.execute("SELECT 1 AS one, 'x' AS [two words], NULL").description)
print(db.execute("SELECT 7 / 2, 7 / 2.0, 7 % 3, abs(-3), upper('abc'), length(x'0102'), hex('A')").fetchone())
