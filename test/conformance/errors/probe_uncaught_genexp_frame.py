# An error inside a generator expression consumed by sum(): the <genexpr> frame
xs = [1, 2, 0]
total = sum(10 // x for x in xs)
