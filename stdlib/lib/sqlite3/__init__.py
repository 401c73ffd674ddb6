"""sqlite3: the DB-API 2.0 interface to SQLite databases (over the engine in _sqlite3)."""

from sqlite3.dbapi2 import *
