# return inside try (and except) still runs finally; the return value is computed before finally
log = []
def f(x):
    try:
        log.append("try")
        return x * 2
    finally:
        log.append("finally")
        x = 1000
print(f(5), log)
def g():
    items = [1]
    try:
        return items
    finally:
        items.append(2)
print(g())
def h(fail):
    try:
        if fail:
            raise ValueError("v")
        return "from try"
    except ValueError:
        return "from except"
    else:
        return "never: try returned"
    finally:
        print("h finally", fail)
print(h(False), h(True))
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
