# callable() for functions, classes, instances with and without __call__
def f():
    pass
class C:
    def method(self):
        pass
class WithCall:
    def __call__(self):
        return "called"
print(callable(f), callable(lambda: 0), callable(print), callable(len))
print(callable(C), callable(C()), callable(C().method), callable(C.method))
print(callable(WithCall()), WithCall()())
print(callable(1), callable("s"), callable(None), callable([f]))
print(callable(int), callable(str.upper), callable("".upper), callable(type))
gen = (x for x in [])
print(callable(gen), callable(iter), callable(next))
