# the first matching handler wins, even when a later one is more specific
class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
for cls in (Leaf, Mid, Base):
    try:
        raise cls(cls.__name__)
    except Base as e:
        print("Base handler got", e)
    except Leaf:
        print("unreachable Leaf handler")
for cls in (Leaf, Mid, Base):
    try:
        raise cls(cls.__name__)
    except Leaf as e:
        print("Leaf handler got", e)
    except Mid as e:
        print("Mid handler got", e)
    except Base as e:
        print("Base handler got", e)
try:
    raise KeyError("k")
except LookupError:
    print("LookupError before KeyError")
except KeyError:
    print("never")
try:
    raise ZeroDivisionError
except Exception:
    print("Exception catches ZeroDivisionError")
except BaseException:
    print("never")
