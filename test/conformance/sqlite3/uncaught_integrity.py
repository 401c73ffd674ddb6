# Ends with an uncaught IntegrityError: CPython's traceback shows only the caller's line.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE)")
conn.execute("INSERT INTO users (email) VALUES (?)", ("a@example.com",))
conn.commit()
print("inserted", conn.execute("SELECT count(*) FROM users").fetchone()[0])
conn.execute("INSERT INTO users (email) VALUES (?)", ("a@example.com",))
print("not reached")
