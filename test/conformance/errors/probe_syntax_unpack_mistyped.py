# An unpacking assignment that fails: its last target before = is read as a mistyped comparison
items = [1, 2]
first(), last = items
