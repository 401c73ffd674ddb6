# "c" is a prefix of the soft keyword "case": CPython then suggests no missing comma
colors = [c d for c, d in pairs]
