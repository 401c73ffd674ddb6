# A small todo app: create, add, complete, list, delete, with Row access by name.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.row_factory = sqlite3.Row
conn.execute("CREATE TABLE todos (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, done INTEGER DEFAULT 0, prio REAL)")

def add(title, prio=1.0):
    cur = conn.execute("INSERT INTO todos (title, prio) VALUES (?, ?)", (title, prio))
    conn.commit()
    return cur.lastrowid

def complete(todo_id):
    cur = conn.execute("UPDATE todos SET done = 1 WHERE id = :id", {"id": todo_id})
    conn.commit()
    return cur.rowcount

def show():
    for row in conn.execute("SELECT * FROM todos ORDER BY prio DESC, id"):
        mark = "x" if row["done"] else " "
        print(f"[{mark}] {row['id']:>2} {row['title']:<20} {row['PRIO']}")

ids = [add("buy milk", 2.5), add("write report", 5), add("call mom"), add("fix bike", 0.5)]
print("ids", ids)
print("completed", complete(ids[1]), complete(99))
show()
print("in_transaction", conn.in_transaction)
cur = conn.execute("DELETE FROM todos WHERE done = 1")
print("deleted", cur.rowcount, "in_transaction", conn.in_transaction)
conn.rollback()
show()
row = conn.execute("SELECT id, title FROM todos WHERE id = ?", (3,)).fetchone()
print(type(row).__name__, row.keys(), tuple(row), len(row), row[0], row[-1], row[1:])
print(conn.execute("SELECT count(*) FROM todos WHERE done = 0").fetchone()[0])
print(conn.execute("SELECT * FROM todos WHERE id = 42").fetchone())
print(conn.total_changes)
cur = conn.cursor()
cur.execute("SELECT title FROM todos ORDER BY id")
print(cur.fetchone()[0], [r[0] for r in cur.fetchmany(2)], [r[0] for r in cur.fetchall()], cur.fetchall())
print(cur.description, cur.arraysize, cur.connection is conn)
conn.close()
