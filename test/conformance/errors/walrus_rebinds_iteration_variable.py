def f(items):
    print("never runs")
    return [(i := i + 1) for i in items]
