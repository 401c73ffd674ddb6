# A class's __doc__ read in compiled loops (type's __doc__ getter: the class's own docstring,
# not its base's), as the docstring is replaced, deleted from a subclass, or given by a
# metaclass property or a descriptor in the class dict.
class A:
    "A's doc"

class B(A):
    pass

class Meta(type):
    @property
    def __doc__(cls):
        return 'meta doc of ' + cls.__name__

class M(metaclass=Meta):
    "ignored"

class D:
    @staticmethod
    def helper():
        return 1

def reads(n):
    out = []
    for i in range(n):
        if i == n // 2:
            A.__doc__ = 'replaced'
        out.append((A.__doc__, B.__doc__, type(A()).__doc__, M.__doc__, D.__doc__))
    return out[0], out[n // 2 - 1], out[n // 2], out[-1]

print(reads(300))

def setting(n):
    docs = []
    for i in range(n):
        B.__doc__ = 'b%d' % (i % 3)
        docs.append(B.__doc__)
    try:
        del B.__doc__
    except TypeError as e:
        docs.append(str(e))
    return docs[-4:], B.__doc__, A.__doc__

print(setting(300))
