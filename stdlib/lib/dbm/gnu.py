"""dbm.gnu wraps the GNU gdbm C library, which tpy does not have (docs/differences.md)."""

raise ImportError("tpy has no dbm.gnu (the gdbm C library); use dbm.dumb", name="dbm.gnu")
