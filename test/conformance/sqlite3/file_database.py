# File databases in a temporary directory: written, closed, re-opened; two connections.
import os
import sqlite3
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "inventory.db")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE items (sku TEXT PRIMARY KEY, qty INTEGER, price REAL)")
    conn.executemany("INSERT INTO items VALUES (?, ?, ?)", [("A1", 5, 2.5), ("B2", 0, 10.0), ("C3", 12, 0.99)])
    conn.commit()
    conn.execute("UPDATE items SET qty = 99")
    conn.close()  # uncommitted change is lost
    print(os.path.exists(path), os.path.getsize(path) > 0)
    with open(path, "rb") as fh:
        print(fh.read(16))
    conn = sqlite3.connect(path)
    print(conn.execute("SELECT * FROM items ORDER BY sku").fetchall())
    other = sqlite3.connect(path)
    print("other before", other.execute("SELECT count(*) FROM items").fetchone())
    conn.execute("INSERT INTO items VALUES ('D4', 1, 1.0)")
    conn.commit()
    print("other after commit", other.execute("SELECT count(*) FROM items").fetchone())
    other.execute("DELETE FROM items WHERE sku = 'B2'")
    other.commit()
    print("conn sees", conn.execute("SELECT sku FROM items ORDER BY sku").fetchall())
    other.close()
    conn.close()
    from pathlib import Path
    conn = sqlite3.connect(Path(tmp) / "inventory.db")
    print(conn.execute("SELECT sum(qty) FROM items").fetchone())
    conn.close()
    uri = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print(uri.execute("SELECT count(*) FROM items").fetchone())
    try:
        uri.execute("DELETE FROM items")
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
    uri.close()
    try:
        sqlite3.connect(f"file:{tmp}/missing.db?mode=ro", uri=True)
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
print(sqlite3.connect(":memory:").execute("PRAGMA foreign_keys").fetchone())
print(type(sqlite3.sqlite_version_info), len(sqlite3.sqlite_version_info), sqlite3.version, sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_CONSTRAINT_UNIQUE)
