# try/except/else/finally in every combination, with and without an exception
def run(label, fail):
    print("--", label, "fail" if fail else "ok")
    try:
        print("body")
        if fail:
            raise ValueError(label)
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    try:
        if fail:
            raise KeyError(label)
        print("body2")
    except KeyError:
        print("except2")
    else:
        print("else2")
    try:
        try:
            if fail:
                raise IndexError(label)
            print("body3")
        finally:
            print("finally3")
    except IndexError:
        print("caught3 outside")
    try:
        if fail:
            raise TypeError(label)
    except TypeError:
        print("except4")
    finally:
        print("finally4")
run("a", False)
run("b", True)
