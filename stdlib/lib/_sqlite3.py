"""The sqlite3 module's core (CPython's _sqlite3, written in tpy over the engine binding
_sqlite3_capi): connections, cursors, rows, parameter binding, implicit transactions,
adapters and converters, user functions and aggregates, and the exceptions."""

import _sqlite3_capi as _capi

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
sqlite_version = _capi.sqlite_version
version = '2.6.0'

_SQLITE_ROW = 100
_SQLITE_DONE = 101


class Warning(Exception):
    __module__ = 'sqlite3'


class Error(Exception):
    __module__ = 'sqlite3'


class InterfaceError(Error):
    __module__ = 'sqlite3'


class DatabaseError(Error):
    __module__ = 'sqlite3'


class DataError(DatabaseError):
    __module__ = 'sqlite3'


class OperationalError(DatabaseError):
    __module__ = 'sqlite3'


class IntegrityError(DatabaseError):
    __module__ = 'sqlite3'


class InternalError(DatabaseError):
    __module__ = 'sqlite3'


class ProgrammingError(DatabaseError):
    __module__ = 'sqlite3'


class NotSupportedError(DatabaseError):
    __module__ = 'sqlite3'


class PrepareProtocol:
    __module__ = 'sqlite3'


_CONSTANTS = {
    'SQLITE_ABORT': 4, 'SQLITE_ABORT_ROLLBACK': 516, 'SQLITE_ALTER_TABLE': 26, 'SQLITE_ANALYZE': 28,
    'SQLITE_ATTACH': 24, 'SQLITE_AUTH': 23, 'SQLITE_AUTH_USER': 279, 'SQLITE_BUSY': 5,
    'SQLITE_BUSY_RECOVERY': 261, 'SQLITE_BUSY_SNAPSHOT': 517, 'SQLITE_BUSY_TIMEOUT': 773,
    'SQLITE_CANTOPEN': 14, 'SQLITE_CANTOPEN_CONVPATH': 1038, 'SQLITE_CANTOPEN_DIRTYWAL': 1294,
    'SQLITE_CANTOPEN_FULLPATH': 782, 'SQLITE_CANTOPEN_ISDIR': 526, 'SQLITE_CANTOPEN_NOTEMPDIR': 270,
    'SQLITE_CANTOPEN_SYMLINK': 1550, 'SQLITE_CONSTRAINT': 19, 'SQLITE_CONSTRAINT_CHECK': 275,
    'SQLITE_CONSTRAINT_COMMITHOOK': 531, 'SQLITE_CONSTRAINT_FOREIGNKEY': 787,
    'SQLITE_CONSTRAINT_FUNCTION': 1043, 'SQLITE_CONSTRAINT_NOTNULL': 1299,
    'SQLITE_CONSTRAINT_PINNED': 2835, 'SQLITE_CONSTRAINT_PRIMARYKEY': 1555,
    'SQLITE_CONSTRAINT_ROWID': 2579, 'SQLITE_CONSTRAINT_TRIGGER': 1811,
    'SQLITE_CONSTRAINT_UNIQUE': 2067, 'SQLITE_CONSTRAINT_VTAB': 2323, 'SQLITE_CORRUPT': 11,
    'SQLITE_CORRUPT_INDEX': 779, 'SQLITE_CORRUPT_SEQUENCE': 523, 'SQLITE_CORRUPT_VTAB': 267,
    'SQLITE_CREATE_INDEX': 1, 'SQLITE_CREATE_TABLE': 2, 'SQLITE_CREATE_TEMP_INDEX': 3,
    'SQLITE_CREATE_TEMP_TABLE': 4, 'SQLITE_CREATE_TEMP_TRIGGER': 5, 'SQLITE_CREATE_TEMP_VIEW': 6,
    'SQLITE_CREATE_TRIGGER': 7, 'SQLITE_CREATE_VIEW': 8, 'SQLITE_CREATE_VTABLE': 29,
    'SQLITE_DELETE': 9, 'SQLITE_DENY': 1, 'SQLITE_DETACH': 25, 'SQLITE_DONE': 101,
    'SQLITE_DROP_INDEX': 10, 'SQLITE_DROP_TABLE': 11, 'SQLITE_DROP_TEMP_INDEX': 12,
    'SQLITE_DROP_TEMP_TABLE': 13, 'SQLITE_DROP_TEMP_TRIGGER': 14, 'SQLITE_DROP_TEMP_VIEW': 15,
    'SQLITE_DROP_TRIGGER': 16, 'SQLITE_DROP_VIEW': 17, 'SQLITE_DROP_VTABLE': 30, 'SQLITE_EMPTY': 16,
    'SQLITE_ERROR': 1, 'SQLITE_ERROR_MISSING_COLLSEQ': 257, 'SQLITE_ERROR_RETRY': 513,
    'SQLITE_ERROR_SNAPSHOT': 769, 'SQLITE_FORMAT': 24, 'SQLITE_FULL': 13, 'SQLITE_FUNCTION': 31,
    'SQLITE_IGNORE': 2, 'SQLITE_INSERT': 18, 'SQLITE_INTERNAL': 2, 'SQLITE_INTERRUPT': 9,
    'SQLITE_IOERR': 10, 'SQLITE_IOERR_ACCESS': 3338, 'SQLITE_IOERR_AUTH': 7178,
    'SQLITE_IOERR_BEGIN_ATOMIC': 7434, 'SQLITE_IOERR_BLOCKED': 2826,
    'SQLITE_IOERR_CHECKRESERVEDLOCK': 3594, 'SQLITE_IOERR_CLOSE': 4106,
    'SQLITE_IOERR_COMMIT_ATOMIC': 7690, 'SQLITE_IOERR_CONVPATH': 6666,
    'SQLITE_IOERR_CORRUPTFS': 8458, 'SQLITE_IOERR_DATA': 8202, 'SQLITE_IOERR_DELETE': 2570,
    'SQLITE_IOERR_DELETE_NOENT': 5898, 'SQLITE_IOERR_DIR_CLOSE': 4362,
    'SQLITE_IOERR_DIR_FSYNC': 1290, 'SQLITE_IOERR_FSTAT': 1802, 'SQLITE_IOERR_FSYNC': 1034,
    'SQLITE_IOERR_GETTEMPPATH': 6410, 'SQLITE_IOERR_LOCK': 3850, 'SQLITE_IOERR_MMAP': 6154,
    'SQLITE_IOERR_NOMEM': 3082, 'SQLITE_IOERR_RDLOCK': 2314, 'SQLITE_IOERR_READ': 266,
    'SQLITE_IOERR_ROLLBACK_ATOMIC': 7946, 'SQLITE_IOERR_SEEK': 5642, 'SQLITE_IOERR_SHMLOCK': 5130,
    'SQLITE_IOERR_SHMMAP': 5386, 'SQLITE_IOERR_SHMOPEN': 4618, 'SQLITE_IOERR_SHMSIZE': 4874,
    'SQLITE_IOERR_SHORT_READ': 522, 'SQLITE_IOERR_TRUNCATE': 1546, 'SQLITE_IOERR_UNLOCK': 2058,
    'SQLITE_IOERR_VNODE': 6922, 'SQLITE_IOERR_WRITE': 778, 'SQLITE_LIMIT_ATTACHED': 7,
    'SQLITE_LIMIT_COLUMN': 2, 'SQLITE_LIMIT_COMPOUND_SELECT': 4, 'SQLITE_LIMIT_EXPR_DEPTH': 3,
    'SQLITE_LIMIT_FUNCTION_ARG': 6, 'SQLITE_LIMIT_LENGTH': 0, 'SQLITE_LIMIT_LIKE_PATTERN_LENGTH': 8,
    'SQLITE_LIMIT_SQL_LENGTH': 1, 'SQLITE_LIMIT_TRIGGER_DEPTH': 10,
    'SQLITE_LIMIT_VARIABLE_NUMBER': 9, 'SQLITE_LIMIT_VDBE_OP': 5, 'SQLITE_LIMIT_WORKER_THREADS': 11,
    'SQLITE_LOCKED': 6, 'SQLITE_LOCKED_SHAREDCACHE': 262, 'SQLITE_LOCKED_VTAB': 518,
    'SQLITE_MISMATCH': 20, 'SQLITE_MISUSE': 21, 'SQLITE_NOLFS': 22, 'SQLITE_NOMEM': 7,
    'SQLITE_NOTADB': 26, 'SQLITE_NOTFOUND': 12, 'SQLITE_NOTICE': 27,
    'SQLITE_NOTICE_RECOVER_ROLLBACK': 539, 'SQLITE_NOTICE_RECOVER_WAL': 283, 'SQLITE_OK': 0,
    'SQLITE_OK_LOAD_PERMANENTLY': 256, 'SQLITE_OK_SYMLINK': 512, 'SQLITE_PERM': 3,
    'SQLITE_PRAGMA': 19, 'SQLITE_PROTOCOL': 15, 'SQLITE_RANGE': 25, 'SQLITE_READ': 20,
    'SQLITE_READONLY': 8, 'SQLITE_READONLY_CANTINIT': 1288, 'SQLITE_READONLY_CANTLOCK': 520,
    'SQLITE_READONLY_DBMOVED': 1032, 'SQLITE_READONLY_DIRECTORY': 1544,
    'SQLITE_READONLY_RECOVERY': 264, 'SQLITE_READONLY_ROLLBACK': 776, 'SQLITE_RECURSIVE': 33,
    'SQLITE_REINDEX': 27, 'SQLITE_ROW': 100, 'SQLITE_SAVEPOINT': 32, 'SQLITE_SCHEMA': 17,
    'SQLITE_SELECT': 21, 'SQLITE_TOOBIG': 18, 'SQLITE_TRANSACTION': 22, 'SQLITE_UPDATE': 23,
    'SQLITE_WARNING': 28, 'SQLITE_WARNING_AUTOINDEX': 284,
}

globals().update(_CONSTANTS)

# Result code -> its name (the authorizer's action codes share the small numbers: left out).
_PRIMARY = ('ERROR INTERNAL PERM ABORT BUSY LOCKED NOMEM READONLY INTERRUPT IOERR CORRUPT NOTFOUND FULL '
            'CANTOPEN PROTOCOL EMPTY SCHEMA TOOBIG CONSTRAINT MISMATCH MISUSE NOLFS AUTH FORMAT RANGE '
            'NOTADB NOTICE WARNING').split()
_ERROR_NAMES = {}
for _n in _PRIMARY:
    _ERROR_NAMES[_CONSTANTS['SQLITE_' + _n]] = 'SQLITE_' + _n
for _n, _v in _CONSTANTS.items():
    if _v > 255 and not _n.startswith('SQLITE_LIMIT_'):
        _ERROR_NAMES.setdefault(_v, _n)
del _n, _v

# The engine gives primary result codes only (extended ones are not exported): a constraint
# failure's extended code is read from its message, as SQLite words each kind.
_CONSTRAINT_KINDS = (
    ('UNIQUE constraint failed', 2067), ('NOT NULL constraint failed', 1299),
    ('CHECK constraint failed', 275), ('FOREIGN KEY constraint failed', 787),
    ('PRIMARY KEY constraint failed', 1555),
)


def _error_class(code):
    code &= 0xff
    if code in (2, 12):
        return InternalError
    if code == 7:
        return MemoryError
    if code in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17):
        return OperationalError
    if code == 18:
        return DataError
    if code in (19, 20):
        return IntegrityError
    if code in (21, 25):
        return InterfaceError
    return DatabaseError


def _make_error(code, message):
    if code == 19:
        for prefix, extended in _CONSTRAINT_KINDS:
            if message.startswith(prefix):
                code = extended
                break
    cls = _error_class(code)
    if cls is MemoryError:
        return MemoryError()
    exc = cls(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = _ERROR_NAMES.get(code, 'SQLITE_UNKNOWN')
    return exc


# ---------------------------------------------------------------- adapters

adapters = {}
converters = {}
_enable_tracebacks = False


def register_adapter(type, adapter, /):
    global _base_adapted
    if type in _BASE_TYPES:
        _base_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    if not isinstance(typename, str):
        raise TypeError(f"register_converter() argument 1 must be str, not {typename.__class__.__name__}")
    converters[typename.upper()] = converter


_NO_ALT = object()


def _try_adapt(method, arg):
    # A TypeError from __adapt__/__conform__ means "not this way" (a method taking other
    # arguments, a class's unbound __conform__): the next way is tried.
    try:
        return method(arg)
    except TypeError:
        return None


def adapt(obj, proto=PrepareProtocol, alt=_NO_ALT, /):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(proto, '__adapt__', None)
    if conform is not None:
        result = _try_adapt(conform, obj)
        if result is not None:
            return result
    conform = getattr(obj, '__conform__', None)
    if conform is not None:
        result = _try_adapt(conform, proto)
        if result is not None:
            return result
    if alt is not _NO_ALT:
        return alt
    raise ProgrammingError('can\'t adapt')


def enable_callback_tracebacks(flag, /):
    global _enable_tracebacks
    _enable_tracebacks = bool(flag)


def enable_shared_cache(do_enable):
    raise NotSupportedError('shared cache is not supported by tpy\'s sqlite3')


def complete_statement(statement):
    """True when the text ends a statement: a ';' outside quotes and comments ends it."""
    if not isinstance(statement, str):
        raise TypeError(f"complete_statement() argument 'statement' must be str, not {type(statement).__name__}")
    ended = False
    i, n = 0, len(statement)
    while i < n:
        ch = statement[i]
        if ch == ';':
            ended = True
        elif ch in ' \t\r\n\f':
            pass
        elif ch in '\'"`[':
            close = ']' if ch == '[' else ch
            j = statement.find(close, i + 1)
            if j < 0:
                return False
            i = j
            ended = False
        elif statement.startswith('--', i):
            j = statement.find('\n', i)
            if j < 0:
                return ended
            i = j
        elif statement.startswith('/*', i):
            j = statement.find('*/', i + 2)
            if j < 0:
                return False
            i = j + 1
        else:
            ended = False
        i += 1
    return ended


# ---------------------------------------------------------------- SQL text

def _skip_space_and_comments(sql, i=0):
    n = len(sql)
    while i < n:
        if sql[i] in ' \t\r\n\f':
            i += 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j + 1
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            i = n if j < 0 else j + 2
        else:
            break
    return i


def _first_word(sql):
    i = _skip_space_and_comments(sql)
    j = i
    while j < len(sql) and (sql[j].isalpha() or sql[j] == '_'):
        j += 1
    return sql[i:j].upper()


def _param_names(sql):
    """Names of the :name, @name and $name parameters, outside quotes and comments."""
    names = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in '\'"`[':
            close = ']' if ch == '[' else ch
            j = sql.find(close, i + 1)
            i = n if j < 0 else j + 1
            continue
        if sql.startswith('--', i) or sql.startswith('/*', i):
            i = _skip_space_and_comments(sql, i)
            continue
        if ch in ':@$' and i + 1 < n and (sql[i + 1].isalnum() or sql[i + 1] == '_'):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] in '_$'):
                j += 1
            names.append(sql[i:j])
            i = j
            continue
        i += 1
    return names


def _sql_literal(value):
    if value is None:
        return 'NULL'
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "x'" + bytes(value).hex() + "'"
    if isinstance(value, float):
        return _float_text(value)
    return str(value)


def _expanded(sql, values):
    """The statement with its parameters written in, as the trace callback shows it."""
    if not values:
        return sql
    out = []
    i, n, k = 0, len(sql), 0
    while i < n:
        ch = sql[i]
        if ch in '\'"`[':
            close = ']' if ch == '[' else ch
            j = sql.find(close, i + 1)
            j = n if j < 0 else j + 1
            out.append(sql[i:j])
            i = j
            continue
        if ch == '?' or (ch in ':@$' and i + 1 < n and (sql[i + 1].isalnum() or sql[i + 1] == '_')):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] in '_$'):
                j += 1
            out.append(_sql_literal(values[k]) if k < len(values) else sql[i:j])
            k += 1
            i = j
            continue
        out.append(ch)
        i += 1
    return ''.join(out)


def _float_text(v):
    """A REAL as SQLite writes it as text (%!.15g: always a '.0' when there is no fraction)."""
    if v != v:
        return 'NaN'
    if v in (float('inf'), float('-inf')):
        return 'Inf' if v > 0 else '-Inf'
    s = '%.15g' % v
    mantissa, e, exp = s.partition('e')
    if '.' not in mantissa:
        mantissa += '.0'
    return mantissa + e + exp


def _as_text_bytes(value):
    """The bytes a converter receives for a column value (SQLite's text of it)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    if isinstance(value, float):
        return _float_text(value).encode()
    return str(value).encode()


# ---------------------------------------------------------------- Row

class Row:
    __module__ = 'sqlite3'
    # No __dict__, as the C type: `row.x = 1` is an AttributeError.
    __slots__ = ('_description', '_data')

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {_type_name(cursor)}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {_type_name(data)}")
        self._description = cursor.description
        self._data = data

    def keys(self):
        return [d[0] for d in self._description] if self._description else []

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            wanted = key.lower()
            for i, d in enumerate(self._description or ()):
                if d[0].lower() == wanted:
                    return self._data[i]
            raise IndexError('No item with that key')
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError('Index must be int or string')

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


def _type_name(o):
    t = type(o)
    return t.__name__ if t.__module__ in ('builtins', None) else f'{t.__module__}.{t.__qualname__}'


# ---------------------------------------------------------------- binding

_DIRECT = (int, float, str, bytes, type(None))
# Values of exactly these types are bound as they are, unless an adapter was registered for
# one of them (then every value goes through adapt(), as in CPython).
_BASE_TYPES = (int, float, str, bytearray)
_base_adapted = False


def _bind_value(stmt, i, value):
    if adapters and (_base_adapted or type(value) not in _BASE_TYPES):
        value = adapt(value, PrepareProtocol, value)
    elif type(value) not in _DIRECT:
        conform = getattr(value, '__conform__', None)
        if conform is not None:
            adapted = _try_adapt(conform, PrepareProtocol)
            if adapted is not None:
                value = adapted
    if value is None or isinstance(value, str) or isinstance(value, float):
        if type(value) is not str and isinstance(value, str):
            value = str(value)
        elif type(value) is not float and isinstance(value, float):
            value = float(value)
    elif isinstance(value, int):
        value = int(value)
        if not -0x8000000000000000 <= value <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to SQLite INTEGER')
    elif isinstance(value, (bytes, bytearray, memoryview)):
        value = bytes(value)
    else:
        raise ProgrammingError(f"Error binding parameter {i}: type '{type(value).__name__}' is not supported")
    if isinstance(value, str):
        value.encode()  # a lone surrogate fails here, as in CPython
    _capi.bind(stmt, i, value)


def _bind_parameters(stmt, sql, params):
    """Binds a sequence or a mapping; returns the values in order (for the trace callback)."""
    count = _capi.param_count(stmt)
    if isinstance(params, dict):
        names = {}
        for name in _param_names(sql):
            idx = _capi.param_index(stmt, name)
            if idx:
                names.setdefault(idx, name)
        values = []
        for i in range(1, count + 1):
            name = names.get(i)
            if name is None:
                raise ProgrammingError(f'Binding {i} has no name, but you supplied a dictionary (which has only names).')
            try:
                value = params[name[1:]]
            except KeyError:
                raise ProgrammingError(f'You did not supply a value for binding parameter {name}.') from None
            _bind_value(stmt, i, value)
            values.append(value)
        return values
    if isinstance(params, (tuple, list)) or (hasattr(type(params), '__getitem__') and hasattr(type(params), '__len__')):
        supplied = len(params)
        if supplied != count:
            raise ProgrammingError(f'Incorrect number of bindings supplied. The current statement uses {count}, and there are {supplied} supplied.')
        values = [params[i] for i in range(count)]
        for i, value in enumerate(values):
            _bind_value(stmt, i + 1, value)
        return values
    raise ProgrammingError('parameters are of unsupported type')


# ---------------------------------------------------------------- Cursor

_DML = frozenset(('INSERT', 'UPDATE', 'DELETE', 'REPLACE'))
_READONLY = frozenset(('SELECT', 'VALUES', 'EXPLAIN'))


class Cursor:
    __module__ = 'sqlite3'

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {_type_name(connection)}")
        self.connection = connection
        self.arraysize = 1
        self.row_factory = connection.row_factory
        self.description = None
        self.rowcount = -1
        self._is_dml = False
        self.lastrowid = None
        self._stmt = 0
        self._has_row = False
        self._closed = False
        self._converters = ()
        self._ncols = 0
        connection._cursors.append(self)

    def _check(self):
        self.connection._check()
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed cursor.')

    def _finish(self):
        if self._stmt:
            _capi.finalize(self._stmt)
            self._stmt = 0
        self._has_row = False

    def close(self):
        self.connection._check()
        self._finish()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass

    def _column_converters(self, stmt, ncols):
        conn = self.connection
        if not conn._detect_types or not converters:
            return ()
        found = []
        tables = {}
        for i in range(ncols):
            converter = None
            name = _capi.column_name(stmt, i)
            if conn._detect_types & PARSE_COLNAMES:
                start = name.find('[')
                end = name.find(']', start + 1)
                if start >= 0 and end > start:
                    converter = converters.get(name[start + 1:end].upper())
            if converter is None and conn._detect_types & PARSE_DECLTYPES:
                decl = self._decltype(stmt, i, name, tables)
                if decl:
                    for stop, ch in enumerate(decl):
                        if ch in ' (':
                            decl = decl[:stop]
                            break
                    converter = converters.get(decl.upper())
            found.append(converter)
        return tuple(found) if any(f is not None for f in found) else ()

    def _decltype(self, stmt, i, name, tables):
        # sqlite3_column_decltype is not exported by the engine: the declared type is looked
        # up in the column's table by the column's name (an alias hides it).
        table = _capi.column_table(stmt, i)
        if not table:
            return None
        if table not in tables:
            info = {}
            quoted = '"' + table.replace('"', '""') + '"'
            rc, s, _ = _capi.prepare(self.connection._db, f'PRAGMA table_info({quoted})')
            if rc == 0 and s:
                while _capi.step(s) == _SQLITE_ROW:
                    info[_capi.column(s, 1).lower()] = _capi.column(s, 2)
                _capi.finalize(s)
            tables[table] = info
        return tables[table].get(name.lower())

    def _describe(self, stmt, ncols):
        if ncols == 0:
            return None
        colnames = self.connection._detect_types & PARSE_COLNAMES
        out = []
        for i in range(ncols):
            name = _capi.column_name(stmt, i)
            if colnames:
                at = name.find('[')
                if at >= 0:
                    name = name[:at - 1] if at > 0 and name[at - 1] == ' ' else name[:at]
            out.append((name, None, None, None, None, None, None))
        return tuple(out)

    def _execute(self, name, sql, param_sets, multiple):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f'{name}() argument 1 must be str, not {type(sql).__name__}')
        conn = self.connection
        self._finish()
        self.description = None
        self.rowcount = -1
        stmt, tail = conn._prepare(sql)
        if _skip_space_and_comments(tail) < len(tail):
            if stmt:
                _capi.finalize(stmt)
            raise ProgrammingError('You can only execute one statement at a time.')
        if not stmt:
            return self
        self._stmt = stmt
        word = _first_word(sql)
        is_dml = self._is_dml = word in _DML
        if multiple and word in _READONLY:
            self._finish()
            raise ProgrammingError('executemany() can only execute DML statements.')
        if is_dml and conn._isolation_level is not None and _capi.autocommit(conn._db):
            conn._begin()
        self.rowcount = 0 if is_dml else -1
        ncols = _capi.column_count(stmt)
        rc = _SQLITE_DONE
        for params in param_sets:
            _capi.reset(stmt)
            values = _bind_parameters(stmt, sql, params)
            conn._trace(sql, values)
            rc = _capi.step(stmt)
            if rc != _SQLITE_ROW and rc != _SQLITE_DONE:
                err = conn._error(rc)
                self._finish()
                raise err
            # A DML statement with RETURNING counts its rows once it is done (see __next__).
            if is_dml and rc == _SQLITE_DONE:
                self.rowcount += _capi.changes(conn._db)
            if rc == _SQLITE_ROW and multiple:
                self._finish()
                raise ProgrammingError('executemany() can only execute DML statements.')
        if not multiple:
            self.lastrowid = _capi.last_insert_rowid(conn._db)
        self._ncols = ncols
        self.description = self._describe(stmt, ncols)
        self._converters = self._column_converters(stmt, ncols)
        if rc == _SQLITE_ROW:
            self._has_row = True
        else:
            _capi.reset(stmt)
        return self

    def execute(self, sql, parameters=(), /):
        return self._execute('execute', sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        if not isinstance(sql, str):
            raise TypeError(f'executemany() argument 1 must be str, not {type(sql).__name__}')
        return self._execute('executemany', sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError(f'executescript() argument must be str, not {type(sql_script).__name__}')
        conn = self.connection
        self._finish()
        conn.commit()
        rest = sql_script
        while True:
            stmt, tail = conn._prepare(rest)
            if stmt:
                conn._trace(rest[:len(rest) - len(tail)], ())
                while True:
                    rc = _capi.step(stmt)
                    if rc == _SQLITE_ROW:
                        continue
                    if rc != _SQLITE_DONE:
                        err = conn._error(rc)
                        _capi.finalize(stmt)
                        raise err
                    break
                _capi.finalize(stmt)
            if _skip_space_and_comments(tail) >= len(tail):
                break
            rest = tail
        return self

    def _read_row(self):
        stmt = self._stmt
        conn = self.connection
        factory = conn.text_factory
        values = []
        for i in range(self._ncols):
            converter = self._converters[i] if self._converters else None
            if converter is not None:
                value = _capi.column(stmt, i)
                values.append(None if value is None else converter(_as_text_bytes(value)))
            elif factory is str:
                value = _capi.column(stmt, i)
                if value.__class__ is bytes and _capi.column_type(stmt, i) == 3:
                    name = _capi.column_name(stmt, i)
                    raise OperationalError(f"Could not decode to UTF-8 column '{name}' "
                                           f"with text '{value.decode('utf-8', 'replace')}'")
                values.append(value)
            elif _capi.column_type(stmt, i) == 3:
                raw = _capi.column(stmt, i, True)
                values.append(raw if factory is bytes else factory(raw))
            else:
                values.append(_capi.column(stmt, i))
        row = tuple(values)
        rf = self.row_factory
        return rf(self, row) if rf is not None else row

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        if not self._has_row:
            raise StopIteration
        row = self._read_row()
        rc = _capi.step(self._stmt)
        if rc == _SQLITE_DONE:
            self._has_row = False
            if self._is_dml:
                self.rowcount = _capi.changes(self.connection._db)
            _capi.reset(self._stmt)
        elif rc != _SQLITE_ROW:
            self._has_row = False
            err = self.connection._error(rc)
            _capi.reset(self._stmt)
            raise err
        return row

    def fetchone(self):
        try:
            return self.__next__()
        except StopIteration:
            return None

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        while len(rows) < size:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
        return rows

    def fetchall(self):
        return list(self)


# ---------------------------------------------------------------- Connection

_ISOLATION_LEVELS = ('', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE')


def _check_isolation_level(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError('isolation_level must be str or None')
    if level.upper() not in _ISOLATION_LEVELS:
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
    return level.upper()


def _callback_result(value):
    """(True, value) for a value SQLite can take, else (False, message) as CPython words it."""
    if value is None or type(value) in (float, str, bytes):
        return (True, value)
    if isinstance(value, int):
        if not -0x8000000000000000 <= value <= 0x7fffffffffffffff:
            return None
        return (True, int(value))
    if isinstance(value, float):
        return (True, float(value))
    if isinstance(value, str):
        return (True, str(value))
    if isinstance(value, (bytearray, memoryview)):
        return (True, bytes(value))
    return (False, 'user-defined function raised exception')


def _is_shared_memory_uri(uri):
    """A file: URI naming an in-memory database with cache=shared."""
    if not uri.startswith('file:'):
        return False
    name, _, query = uri[5:].partition('?')
    params = {}
    for pair in query.partition('#')[0].split('&'):
        key, _, value = pair.partition('=')
        params[key] = value
    memory = name == ':memory:' or params.get('mode') == 'memory'
    return memory and params.get('cache') == 'shared'


class Connection:
    __module__ = 'sqlite3'

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='',
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        self._db = 0
        path = database
        if not isinstance(path, (str, bytes)) and hasattr(type(path), '__fspath__'):
            path = type(path).__fspath__(path)
        if isinstance(path, bytes):
            path = path.decode('utf-8', 'surrogateescape')
        if not isinstance(path, str):
            raise TypeError(f'expected str, bytes or os.PathLike object, not {type(database).__name__}')
        if uri and _is_shared_memory_uri(path):
            # DIVERGENCE: the engine is built without shared cache, so every connection
            # would get its own empty database instead of sharing one.
            raise NotSupportedError('shared-cache in-memory databases (cache=shared) are not supported by tpy\'s sqlite3')
        flags = 0x6 | (0x40 if uri else 0)
        rc, db = _capi.open(path, flags)
        if rc != 0:
            message = _capi.errmsg(db) if db else 'unable to open database file'
            if db:
                _capi.close(db)
            raise _make_error(rc, message)
        self._db = db
        self._cursors = []
        self._pending = None
        self._trace_callback = None
        self._aggregate_runs = []
        self._aggregates = {}
        self._detect_types = detect_types
        self._isolation_level = _check_isolation_level(isolation_level)
        self.row_factory = None
        self.text_factory = str
        # The engine is built with foreign keys on; SQLite's (and CPython's) default is off.
        self._run_plain('PRAGMA foreign_keys = OFF')
        self._run_plain(f'PRAGMA busy_timeout = {int(timeout * 1000)}')

    # -- helpers

    def _check(self):
        if not self._db:
            raise ProgrammingError('Cannot operate on a closed database.')

    def _error(self, rc):
        # A statement that fails ends without final calls for the aggregates it had
        # stepped (SQLite finalises only contexts it allocated): drop those runs, or a
        # later query's final would take one of them.
        for runs in self._aggregate_runs:
            runs.clear()
        pending, self._pending = self._pending, None
        if pending is not None:
            return pending
        message = _capi.errmsg(self._db)
        err = _make_error(rc, message)
        if getattr(err, 'sqlite_errorcode', None) == 2067 and self._is_primary_key(message):
            err.sqlite_errorcode = 1555
            err.sqlite_errorname = 'SQLITE_CONSTRAINT_PRIMARYKEY'
        return err

    def _is_primary_key(self, message):
        # A duplicate primary key reads 'UNIQUE constraint failed' too; its code says PRIMARYKEY.
        cols = message.partition(': ')[2].split(', ')
        if not cols or any('.' not in c for c in cols):
            return False
        table = cols[0].partition('.')[0]
        names = {c.partition('.')[2].lower() for c in cols}
        rc, stmt, _ = _capi.prepare(self._db, 'PRAGMA table_info("' + table.replace('"', '""') + '")')
        if rc != 0 or not stmt:
            return False
        pk = set()
        while _capi.step(stmt) == _SQLITE_ROW:
            if _capi.column(stmt, 5):
                pk.add(_capi.column(stmt, 1).lower())
        _capi.finalize(stmt)
        return pk == names

    def _prepare(self, sql):
        rc, stmt, tail = _capi.prepare(self._db, sql)
        if rc != 0:
            raise self._error(rc)
        return stmt, tail

    def _run_plain(self, sql):
        stmt, _ = self._prepare(sql)
        if stmt:
            self._trace(sql, ())
            rc = _capi.step(stmt)
            if rc != _SQLITE_ROW and rc != _SQLITE_DONE:
                err = self._error(rc)
                _capi.finalize(stmt)
                raise err
            _capi.finalize(stmt)

    def _trace(self, sql, values):
        if self._trace_callback is not None:
            try:
                self._trace_callback(_expanded(sql, values))
            except Exception:
                self._report_callback(self._trace_callback)

    def _begin(self):
        self._run_plain('BEGIN ' + self._isolation_level)

    # -- properties

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        self._check()
        level = _check_isolation_level(value)
        if level is None and not _capi.autocommit(self._db):
            self._run_plain('COMMIT')
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check()
        return not _capi.autocommit(self._db)

    @property
    def total_changes(self):
        self._check()
        # sqlite3_total_changes is not exported; SQL's total_changes() is the same counter
        # (triggers' rows, executescript's and RETURNING statements' included).
        stmt, _ = self._prepare('SELECT total_changes()')
        try:
            _capi.step(stmt)
            return _capi.column(stmt, 0)
        finally:
            _capi.finalize(stmt)

    # -- statements

    def cursor(self, factory=Cursor):
        self._check()
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError('factory must return a cursor, not ' + type(cur).__name__)
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if not _capi.autocommit(self._db):
            self._run_plain('COMMIT')

    def rollback(self):
        self._check()
        if not _capi.autocommit(self._db):
            self._run_plain('ROLLBACK')

    def close(self):
        if self._db:
            for cur in self._cursors:
                cur._finish()
            self._cursors = []
            _capi.close(self._db)
            self._db = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback, /):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    # -- callbacks

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        # 3.11 takes any object, None too (3.12 made None remove the function): one that
        # cannot be called fails when the SQL calls it.
        def call(ctx, *args):
            try:
                result = func(*args)
            except BaseException:
                self._report_callback(func)
                return (False, 'user-defined function raised exception')
            outcome = _callback_result(result)
            if outcome is None:
                self._pending = _make_error(18, 'string or blob too big')
                return (False, 'string or blob too big')
            return outcome
        rc = _capi.create_function(self._db, name, narg, call, deterministic)
        if rc != 0:
            raise OperationalError('Error creating function')

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        instances = {}
        self._aggregate_runs.append(instances)

        def failed(method):
            self._report_callback(aggregate_class)
            return (False, f"user-defined aggregate's '{method}' method raised error")

        # Each call site of the aggregate steps with its own context, and the final call
        # comes with another one (sqlite3_aggregate_context is not exported): the sites are
        # finalised in the order they first stepped, so final takes the oldest run.
        def step(ctx, *args):
            inst = instances.get(ctx)
            if inst is None:
                try:
                    inst = instances[ctx] = aggregate_class()
                except BaseException:
                    return failed('__init__')
            try:
                method = inst.step
            except AttributeError:
                return (False, "user-defined aggregate's 'step' method not defined")
            try:
                method(*args)
            except BaseException:
                return failed('step')
            return (True, None)

        def final(ctx):
            # No row stepped: the aggregate is NULL, as when SQLite has no context for it.
            if not instances:
                return (True, None)
            inst = instances.pop(next(iter(instances)))
            try:
                method = inst.finalize
            except AttributeError:
                return (False, "user-defined aggregate's 'finalize' method not defined")
            try:
                result = method()
            except BaseException:
                return failed('finalize')
            outcome = _callback_result(result)
            if outcome is None:
                self._pending = _make_error(18, 'string or blob too big')
                return (False, 'string or blob too big')
            if outcome[0] is False:
                return failed('finalize')
            return outcome

        rc = _capi.create_function(self._db, name, n_arg, (step, final), False)
        if rc != 0:
            raise OperationalError('Error creating aggregate')

    def _report_callback(self, callable):
        if _enable_tracebacks:
            import sys
            _capi.write_unraisable(sys.exc_info()[1], callable)

    def create_collation(self, name, callable, /):
        self._check()
        # DIVERGENCE: the engine (node-sqlite3-wasm) does not export sqlite3_create_collation.
        raise NotSupportedError('create_collation() is not supported by tpy: the SQLite engine it uses has no collation API')

    def set_trace_callback(self, trace_callback):
        self._check()
        self._trace_callback = trace_callback

    def set_authorizer(self, authorizer_callback):
        raise NotSupportedError('set_authorizer() is not supported by tpy')

    def set_progress_handler(self, progress_handler, n):
        raise NotSupportedError('set_progress_handler() is not supported by tpy')

    def enable_load_extension(self, enabled, /):
        raise NotSupportedError('extension loading is not supported by tpy')

    def load_extension(self, name, /):
        raise NotSupportedError('extension loading is not supported by tpy')

    def interrupt(self):
        self._check()

    def iterdump(self):
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def backup(self, target, *, pages=-1, progress=None, name='main', sleep=0.250):
        """Copies this database into `target` by replaying its dump (no sqlite3_backup API)."""
        self._check()
        if not isinstance(target, Connection):
            raise TypeError(f"backup() argument 'target' must be sqlite3.Connection, not {type(target).__name__}")
        if target is self:
            raise ValueError('target cannot be the same connection instance')
        target._check()
        script = '\n'.join(line for line in self.iterdump() if line not in ('BEGIN TRANSACTION;', 'COMMIT;'))
        target.executescript(script)
        if progress is not None:
            progress(0, 0, 0)


def connect(database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   factory, cached_statements, uri)


from _c_type_names import as_c_type as _as_c_type, as_c_module as _as_c_module
for _cls in (Connection, Cursor, Row, PrepareProtocol):
    _as_c_type(_cls, ('__module__',))
_as_c_module(globals())
del _as_c_type, _as_c_module, _cls
