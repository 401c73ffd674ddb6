# three exceptions chained implicitly: each earlier traceback is printed first
def first():
    return [][0]
def second():
    try:
        first()
    except IndexError:
        return {}["k"]
def third():
    try:
        second()
    except KeyError:
        return 1 / 0
third()
