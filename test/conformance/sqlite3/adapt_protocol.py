# adapt()'s ways in order, a TypeError from __conform__ skipping to the next, and adapters
# registered for base types (then every int goes through its adapter).
import sqlite3
class P:
    def __conform__(self, protocol):
        return "p"
class Bad:
    def __conform__(self, protocol):
        raise TypeError("inner")
class Bad2:
    def __conform__(self, protocol):
        raise ValueError("inner")
conn = sqlite3.connect(":memory:")
for v in (P(), P, Bad(), Bad2()):
    try:
        print(conn.execute("SELECT ?", (v,)).fetchone())
    except Exception as e:
        print(type(e).__name__, e)
for args in ((5,), ("s",), (5, sqlite3.PrepareProtocol, None), (P(),), (Bad(), sqlite3.PrepareProtocol, "alt"), (Bad2(),)):
    try:
        print(repr(sqlite3.adapt(*args)))
    except Exception as e:
        print(type(e).__name__, e)
sqlite3.register_adapter(int, str)
for args in ((5,), ("s",)):
    try:
        print(repr(sqlite3.adapt(*args)))
    except Exception as e:
        print(type(e).__name__, e)
print(conn.execute("SELECT ?, typeof(?)", (5, 5)).fetchone())
print(conn.execute("SELECT ?, typeof(?)", (True, True)).fetchone())
print(conn.execute("SELECT ?, ?", (b"ab", None)).fetchone())
sqlite3.register_adapter(bytes, lambda b: b.hex())
sqlite3.register_adapter(type(None), lambda n: "nothing")
print(conn.execute("SELECT ?, ?", (b"ab", None)).fetchone())
print(conn.execute("SELECT ?, ?", (bytearray(b"cd"), 1.5)).fetchone())
sqlite3.register_adapter(float, lambda f: f"{f:.1f}!")
print(conn.execute("SELECT ?, ?", (2.25, 7)).fetchone())
class P2(P):
    pass
print(conn.execute("SELECT ?", (P2(),)).fetchone())
