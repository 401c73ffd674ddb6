"""Connection.iterdump(): the database as the SQL text that rebuilds it, line by line, in
the order and form of the sqlite3 shell's .dump (tables by name with their rows, then
indexes, triggers and views, then the AUTOINCREMENT counters)."""


def _ident(name):
    return '"' + name.replace('"', '""') + '"'


def _iterdump(connection):
    cur = connection.cursor()
    yield 'BEGIN TRANSACTION;'
    tables = cur.execute(
        'SELECT "name", "sql" FROM "sqlite_master" '
        'WHERE "sql" NOT NULL AND "type" == \'table\' ORDER BY "name"').fetchall()
    counters = []
    raw_schema = False
    for name, sql in tables:
        if name == 'sqlite_sequence':
            counters.append('DELETE FROM "sqlite_sequence";')
            for seq_name, seq in cur.execute('SELECT * FROM "sqlite_sequence";').fetchall():
                counters.append(f'INSERT INTO "sqlite_sequence" VALUES(\'{seq_name}\',{seq});')
            continue
        if name == 'sqlite_stat1':
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith('sqlite_'):
            continue
        elif sql.startswith('CREATE VIRTUAL TABLE'):
            if not raw_schema:
                raw_schema = True
                yield 'PRAGMA writable_schema=ON;'
            quoted_name = name.replace("'", "''")
            quoted_sql = sql.replace("'", "''")
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   f"VALUES('table','{quoted_name}','{quoted_name}',0,'{quoted_sql}');")
        else:
            yield sql + ';'
        columns = [str(info[1]) for info in cur.execute(f'PRAGMA table_info({_ident(name)})').fetchall()]
        quoted = ','.join(f"'||quote({_ident(c)})||'" for c in columns)
        rows = cur.execute(f"SELECT 'INSERT INTO {_ident(name)} VALUES({quoted})' FROM {_ident(name)};")
        for (line,) in rows:
            yield line + ';'
    others = cur.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" '
        'WHERE "sql" NOT NULL AND "type" IN (\'index\', \'trigger\', \'view\')').fetchall()
    for _name, _kind, sql in others:
        yield sql + ';'
    if raw_schema:
        yield 'PRAGMA writable_schema=OFF;'
    yield from counters
    yield 'COMMIT;'
