# compile/exec/eval of bytes-like sources and str subclasses; format() with a str-subclass spec;
# __hash__ returning an int subclass; type.__base__ is the layout base (best_base).
import array
class S(str): pass
for src in [memoryview(b"x = 1"), bytearray(b"x = 2"), array.array('B', b"x = 3"), S("x = 4")]:
    ns = {}
    exec(compile(src, "name", "exec"), ns)
    print(type(src).__name__, ns['x'])
print(eval(memoryview(b"1 + 1")), eval(bytearray(b"2 + 2")))
exec(bytearray(b"print('exec ba')"))
print(format(0, S('10')) + '|', format(3.5, S('>8')))
class Z(int):
    def __hash__(self): return self
print(hash(Z(42)), hash(Z(2**70)) == hash(2**70), {Z(5): 1})
class B:
    pass
C = type('C', (B, int), {})
print(C.__base__, bool.__base__, object.__base__, type('D', (B,), {}).__base__)
class E(B, dict): pass
print(E.__base__)
