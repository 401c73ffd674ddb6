# help(obj) on functions, lambdas, methods, generators, coroutines and built-in functions: pydoc's plain text on stdout
def f(a, b=2, *args, c, d=3, **kw):
    """Add things.

    More text here.
        Indented.
    """
    return a

# A commented function.
# Second line.
def commented(x): return x

def annotated(x: int = 5, *, y: 'str' = "q", z=[1, {'k': (1, 2)}], w='s' * 150) -> list:
    pass

def gen():
    "Yields one."
    yield 1

async def coro(x):
    pass

async def agen():
    yield 1

class K:
    def meth(self, a, /, b):
        """Method doc."""
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(y): pass
    def __eq__(self, other): return True

help(f)
help(commented)
help(annotated)
help(lambda x, *y: x)
help(gen)
help(coro)
help(agen)
help(K.meth)
help(K().meth)
help(K.cm)
help(K.sm)
help(K.__eq__)
help(len)
help(print)
help(abs)
help('f')
help('no_such_name_here')
help('')
