# Name stores, loads and deletes where the namespace already holds a key object equal to the
# name: a str subclass with its own __eq__ (hashed by value). The entry is the name's and keeps
# its key object, as CPython's dict updates an existing entry.


class E(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    __hash__ = str.__hash__

    def __repr__(self):
        return 'E(%s)' % str.__repr__(self)


def keys_named(ns, name):
    return [repr(k) for k in ns if k == name]


globals()[E('x')] = 1
x = 2
print(keys_named(globals(), 'x'), x)
x += 5
print(keys_named(globals(), 'x'), globals()[E('x')])
del x
print('x' in globals(), keys_named(globals(), 'x'))
try:
    del x
except NameError as e:
    print(e)

globals()[E('y')] = 10


def set_y():
    global y
    y = 20


def drop_y():
    global y
    del y


set_y()
print(keys_named(globals(), 'y'), y)
drop_y()
print('y' in globals())
try:
    drop_y()
except NameError as e:
    print(e)

# Hot loops run compiled.
globals()[E('n')] = 0
for i in range(2000):
    n = i
print(keys_named(globals(), 'n'), n)
for i in range(2000):
    n += 1
print(keys_named(globals(), 'n'), n)


def count():
    global c
    for i in range(2000):
        c = i


globals()[E('c')] = -1
count()
print(keys_named(globals(), 'c'), c)

ns = {E('z'): 1}
exec('z = 2\nprint(z)\nz += 1\nprint(keys_named(globals(), "z"), z)\ndel z\nprint("z" in globals())',
     dict(ns, keys_named=keys_named))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {E('a'): 1, E('b'): 0}


class C(metaclass=Meta):
    print(a)
    a = 2
    print(keys_named(vars(), 'a'), a)
    for i in range(2000):
        b = i
    print(keys_named(vars(), 'b'), b)
    del a
    print('a' in vars())

print(sorted(str(k) for k in C.__dict__ if k in ('a', 'b')), C.b, hasattr(C, 'a'))
T = type('T', (), {E('t'): 1})
print(T.t, 't' in T.__dict__)

# An unequal key object changes nothing.
globals()[E('other')] = 0
w = 1
print(keys_named(globals(), 'w'), keys_named(globals(), 'other'))
