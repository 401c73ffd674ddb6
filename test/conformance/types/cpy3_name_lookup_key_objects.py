# Names resolve through dict keys that are str subclasses or objects equal to the str.
class MyStr(str):
    pass


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name


globals()[MyStr('a')] = 1
globals()[Key('b')] = 2
print(a, b)


def f():
    return a + b


print(f())
for i in range(3):
    print(i, b)

ns = {'__builtins__': __builtins__, MyStr('c'): 3, Key('d'): 4}
exec("print(c, d)", ns)
exec("print(c * d)", {}, ns)
exec("def g():\n    return d\nprint(g())", ns)

# A key object equal to a builtin's name shadows the builtin.
globals()[Key('len')] = lambda x: 'mine'
print(len([1, 2]))
try:
    print(nowhere)
except NameError as e:
    print(e)
