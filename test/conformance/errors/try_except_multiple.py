# several except clauses, tuples of exception types and bare except
def classify(fn):
    try:
        fn()
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other: " + type(e).__name__
    return "ok"
print(classify(lambda: {}["x"]))
print(classify(lambda: [][0]))
print(classify(lambda: 1 // 0))
print(classify(lambda: int("x")))
print(classify(lambda: None))
try:
    raise TypeError("t")
except:
    print("bare except caught it")
try:
    raise KeyError("first matching clause wins")
except LookupError as e:
    print("LookupError clause:", e)
except KeyError:
    print("never reached")
