# rowcount of DML with RETURNING (counted once the statement is done) and total_changes
# (triggers', executescript's and closed cursors' rows included).
import sqlite3
conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE q (id INTEGER PRIMARY KEY, v TEXT)")
c = conn.executemany("INSERT INTO q(v) VALUES (?)", [("a",), ("b",), ("c",), ("d",)])
print(c.rowcount, conn.total_changes)
c = conn.execute("UPDATE q SET v = 'z' WHERE id > 1 RETURNING id")
print(c.rowcount, conn.total_changes)
print(c.fetchone(), c.rowcount)
print(c.fetchall(), c.rowcount, conn.total_changes)
c = conn.execute("DELETE FROM q WHERE id > 2 RETURNING id")
print(c.rowcount)
for r in c:
    print(r, c.rowcount)
print(c.rowcount, conn.total_changes)
c = conn.execute("INSERT INTO q(v) VALUES ('n1'), ('n2') RETURNING id")
print(c.rowcount, c.lastrowid)
print(c.fetchall(), c.rowcount, c.lastrowid, conn.total_changes)
c = conn.execute("DELETE FROM q WHERE id = 1 RETURNING id")
c.close()
print(c.rowcount, conn.total_changes)
c = conn.execute("SELECT * FROM q")
print(c.rowcount); c.fetchall(); print(c.rowcount)
conn.executescript("""
CREATE TABLE audit (what TEXT);
CREATE TRIGGER tr AFTER INSERT ON q BEGIN INSERT INTO audit VALUES ('ins ' || NEW.v); END;
INSERT INTO q(v) VALUES ('s1');
""")
print(conn.total_changes)
c = conn.execute("INSERT INTO q(v) VALUES ('t1')")
print(c.rowcount, conn.total_changes, conn.execute("SELECT count(*) FROM audit").fetchone())
c = conn.executemany("UPDATE q SET v = ? WHERE id = ?", [("u", 2), ("u", 3), ("u", 77)])
print(c.rowcount, conn.total_changes)
conn.close()
try:
    conn.total_changes
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
