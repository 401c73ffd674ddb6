# A bank ledger: transfers in transactions, rollbacks on failure, `with conn:` blocks.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.executescript("""
    CREATE TABLE accounts (name TEXT PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0));
    CREATE TABLE ledger (id INTEGER PRIMARY KEY, src TEXT, dst TEXT, amount INTEGER);
    INSERT INTO accounts VALUES ('alice', 100), ('bob', 50), ('carol', 0);
""")

def balances():
    return conn.execute("SELECT name, balance FROM accounts ORDER BY name").fetchall()

def transfer(src, dst, amount):
    try:
        with conn:
            conn.execute("UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, dst))
            conn.execute("UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, src))
            conn.execute("INSERT INTO ledger (src, dst, amount) VALUES (?, ?, ?)", (src, dst, amount))
        print("ok", src, "->", dst, amount)
    except sqlite3.IntegrityError as e:
        print("refused", src, "->", dst, amount, "|", type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)

transfer("alice", "bob", 30)
transfer("bob", "carol", 100)
transfer("carol", "alice", 0)
print(balances())
print(conn.execute("SELECT * FROM ledger").fetchall())

# A manual transaction, rolled back.
conn.execute("UPDATE accounts SET balance = 0")
print(conn.in_transaction, balances())
conn.rollback()
print(conn.in_transaction, balances())

# Autocommit mode: isolation_level None, explicit BEGIN / SAVEPOINT.
conn.isolation_level = None
conn.execute("BEGIN")
conn.execute("INSERT INTO accounts VALUES ('dave', 10)")
conn.execute("SAVEPOINT sp")
conn.execute("INSERT INTO accounts VALUES ('erin', 20)")
conn.execute("ROLLBACK TO sp")
conn.execute("COMMIT")
print(conn.isolation_level, conn.in_transaction, balances())
conn.isolation_level = "IMMEDIATE"
conn.execute("DELETE FROM accounts WHERE name = 'dave'")
print(conn.in_transaction)
try:
    with conn:
        conn.execute("INSERT INTO accounts VALUES ('x', 1)")
        raise ValueError("abort")
except ValueError as e:
    print("ValueError", e, conn.in_transaction)
print(balances())
for level in ["deferred", "EXCLUSIVE", "", "bogus", 3]:
    try:
        conn.isolation_level = level
        print("level", repr(conn.isolation_level))
    except Exception as e:
        print(type(e).__name__, e)
total = conn.execute("SELECT sum(balance), max(balance), min(balance), avg(balance) FROM accounts").fetchone()
print(total)
