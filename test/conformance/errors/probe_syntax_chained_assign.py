# A chained assignment that fails reads its start as a mistyped comparison first, as CPython's second pass does
limit = 10
value = limit if limit > 5 else 0 = 3
