# order of try / except / else / finally blocks
def run(x):
    print("--- run", x)
    try:
        print("try")
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally")
print(run(2))
print(run(0))
def no_exception_path():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else without exception")
    finally:
        print("finally always")
no_exception_path()
