# ZeroDivisionError raised three calls deep shows every frame in the traceback
def average(values):
    return total(values) / count(values)
def total(values):
    s = 0
    for v in values:
        s += v
    return s
def count(values):
    return len(values)
def report(groups):
    for name, values in groups:
        print(name, average(values))
def main():
    groups = [("a", [1, 2, 3]), ("b", [10]), ("empty", []), ("c", [5])]
    report(groups)
main()
