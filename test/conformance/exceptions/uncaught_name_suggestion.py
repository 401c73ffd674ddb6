# an uncaught NameError for a name close to a defined one (CPython 3.11 adds a suggestion)
counter = 0
def bump():
    return countr + 1
bump()
