# an exception from __set_name__ during class creation becomes RuntimeError "Error calling __set_name__ ..." caused by it
class Desc:
    def __set_name__(self, owner, name):
        raise ValueError("no names " + name)

class Outer:
    class Inner:
        def __set_name__(self, owner, name):
            raise KeyboardInterrupt

class Fine:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

for make in ['desc', 'inner']:
    try:
        if make == 'desc':
            class C:
                ok = Fine()
                d = Desc()
        else:
            class P:
                x = Outer.Inner()
    except BaseException as e:
        print(type(e).__name__, e)
        print(' cause', type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

class Last:
    first = Fine()
    key = Desc()
