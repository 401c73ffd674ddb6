"""dbm.ndbm wraps the ndbm C library, which tpy does not have (docs/differences.md)."""

raise ImportError("tpy has no dbm.ndbm (the ndbm C library); use dbm.dumb", name="dbm.ndbm")
