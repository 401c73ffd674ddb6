# An inventory kept in sqlite3 (:memory:): executemany, GROUP BY, joins, row factories, transactions.
import sqlite3
from collections import namedtuple

conn = sqlite3.connect(':memory:')
conn.execute('PRAGMA foreign_keys = ON')
conn.executescript('''
CREATE TABLE category (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE item (
    sku TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category_id INTEGER REFERENCES category(id),
    price REAL CHECK (price >= 0),
    qty INTEGER DEFAULT 0
);
CREATE TABLE movement (id INTEGER PRIMARY KEY AUTOINCREMENT, sku TEXT REFERENCES item(sku), delta INTEGER, note TEXT);
''')

cats = [('tools',), ('garden',), ('kitchen',)]
conn.executemany('INSERT INTO category(name) VALUES (?)', cats)
items = [
    ('T-100', 'Hammer', 1, 12.5, 10),
    ('T-101', 'Screwdriver set', 1, 19.99, 4),
    ('G-200', 'Rake', 2, 24.0, 2),
    ('G-201', 'Hose 20m', 2, 31.75, 0),
    ('K-300', 'Chef knife', 3, 45.0, 7),
    ('K-301', 'Cutting board', 3, 15.25, 12),
]
conn.executemany('INSERT INTO item VALUES (?, ?, ?, ?, ?)', items)
conn.commit()


def move(sku, delta, note):
    with conn:
        cur = conn.execute('UPDATE item SET qty = qty + ? WHERE sku = ? AND qty + ? >= 0', (delta, sku, delta))
        if cur.rowcount != 1:
            raise ValueError('cannot move %d of %s' % (delta, sku))
        conn.execute('INSERT INTO movement(sku, delta, note) VALUES (?, ?, ?)', (sku, delta, note))


for sku, delta, note in [('T-100', -3, 'sale'), ('G-201', 5, 'restock'), ('K-300', -8, 'big sale'),
                         ('K-301', -12, 'sale'), ('ZZZ', 1, 'ghost')]:
    try:
        move(sku, delta, note)
        print('moved', sku, delta)
    except ValueError as e:
        print('refused:', e)

print(conn.execute('SELECT COUNT(*), SUM(delta) FROM movement').fetchone())

# tuple rows
for row in conn.execute('''SELECT c.name, COUNT(i.sku), SUM(i.qty), ROUND(SUM(i.qty * i.price), 2)
                           FROM category c LEFT JOIN item i ON i.category_id = c.id
                           GROUP BY c.id ORDER BY c.name'''):
    print(row)

# sqlite3.Row
conn.row_factory = sqlite3.Row
r = conn.execute('SELECT sku, name, qty FROM item WHERE qty = 0 ORDER BY sku').fetchall()
print([tuple(x) for x in r], r[0].keys(), r[0]['name'], r[0][2])

# custom row factory -> namedtuple
def nt_factory(cursor, row):
    fields = [d[0] for d in cursor.description]
    return namedtuple('R', fields)(*row)

conn.row_factory = nt_factory
for it in conn.execute('SELECT sku, price, qty, price * qty AS value FROM item ORDER BY value DESC LIMIT 3'):
    print(it.sku, '%.2f' % it.value, it)

conn.row_factory = None
# HAVING, CASE, subquery
print(conn.execute('''SELECT category_id, AVG(price) AS ap FROM item GROUP BY category_id
                      HAVING ap > 20 ORDER BY ap''').fetchall())
print(conn.execute('''SELECT sku, CASE WHEN qty = 0 THEN 'out' WHEN qty < 5 THEN 'low' ELSE 'ok' END
                      FROM item ORDER BY sku''').fetchall())
print(conn.execute('SELECT name FROM item WHERE price > (SELECT AVG(price) FROM item) ORDER BY name').fetchall())

# integrity errors
for stmt, args in [('INSERT INTO item VALUES (?, ?, ?, ?, ?)', ('T-100', 'dup', 1, 1.0, 1)),
                   ('INSERT INTO item VALUES (?, ?, ?, ?, ?)', ('X-1', 'neg', 1, -1.0, 1)),
                   ('INSERT INTO item VALUES (?, ?, ?, ?, ?)', ('X-2', 'badcat', 99, 1.0, 1)),
                   ('INSERT INTO item(sku) VALUES (?)', ('X-3',))]:
    try:
        conn.execute(stmt, args)
    except sqlite3.IntegrityError as e:
        print(type(e).__name__, e)

# rollback on error inside a transaction
try:
    with conn:
        conn.execute("UPDATE item SET price = price * 2")
        conn.execute("SELECT nosuchcol FROM item")
except sqlite3.OperationalError as e:
    print('rolled back:', e)
print(conn.execute('SELECT SUM(price) FROM item').fetchone()[0])

# named placeholders, lastrowid, description, iterdump
cur = conn.execute('INSERT INTO movement(sku, delta, note) VALUES (:s, :d, :n)', {'s': 'T-101', 'd': 0, 'n': 'audit'})
print(cur.lastrowid, [d[0] for d in conn.execute('SELECT * FROM movement').description])
print(conn.execute('SELECT typeof(price), typeof(qty), typeof(note) FROM item, movement LIMIT 1').fetchone())
conn.commit()
dump = list(conn.iterdump())
print(len(dump), dump[0], dump[-1])
print(sqlite3.complete_statement('SELECT 1;'), sqlite3.complete_statement('SELECT 1'))
conn.create_function('money', 1, lambda v: '$%.2f' % v)
print(conn.execute('SELECT money(SUM(price * qty)) FROM item').fetchone())
conn.close()
try:
    conn.execute('SELECT 1')
except sqlite3.ProgrammingError as e:
    print(e)
