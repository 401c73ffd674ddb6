# A metaclass's __getattribute__ and __getattr__ see class attribute reads.
log = []

class Meta(type):
    def __getattribute__(cls, name):
        log.append(name)
        return super().__getattribute__(name)

class C(metaclass=Meta):
    x = 1
    def f(self):
        return 'f'
    @classmethod
    def g(cls):
        return 'g'
    @staticmethod
    def s():
        return 's'

print(C.x, C.g(), C.s(), C.f(C()))
print(log)
log.clear()

# A loop reads the same site many times: every read goes through the hook.
total = 0
for i in range(300):
    total += C.x
print(total, len(log))
log.clear()

# Special method lookups (calling the class, isinstance) bypass it, as in CPython.
c = C()
print(isinstance(c, C), type(c) is C, log)
log.clear()

print(getattr(C, 'x'), getattr(C, 'nope', 'default'), hasattr(C, 'nope'))
print(log)
log.clear()

try:
    C.missing
except AttributeError as e:
    print('AttributeError:', e)

# type.__getattribute__ itself does not call a metaclass __getattr__.
class Fallback(type):
    def __getattr__(cls, name):
        return 'fallback ' + name

class D(metaclass=Fallback):
    y = 2

print(D.y, D.zz)
try:
    type.__getattribute__(D, 'zz')
except AttributeError as e:
    print('AttributeError:', e)

# A hook that answers some names itself and raises AttributeError for others,
# which then reach __getattr__.
class Both(type):
    def __getattribute__(cls, name):
        if name.startswith('virtual_'):
            return name.upper()
        if name == 'hidden':
            raise AttributeError('hidden is hidden')
        return type.__getattribute__(cls, name)
    def __getattr__(cls, name):
        return '<getattr ' + name + '>'

class E(metaclass=Both):
    hidden = 'shown'
    plain = 3

print(E.virtual_one, E.plain, E.hidden, E.other)

# A subclass of a class with such a metaclass keeps it; a method adding the hook later is seen.
class F(C):
    pass

print(F.x, log)
log.clear()

class Late(type):
    pass

class G(metaclass=Late):
    z = 5

def read():
    return G.z

print(read(), read())
Late.__getattribute__ = lambda cls, name: 'late ' + name
print(read(), G.z)
del Late.__getattribute__
print(read(), G.z)

# Instances are not affected: the metaclass hook is for the class object only.
print(C().x, log)

# dir() reads each class's __dict__ and __bases__ through the hook (merge_class_dict), so it
# sees those reads and lists what the hook answers.
dir_log = []

class Watch(type):
    def __getattribute__(cls, name):
        if name in ('__dict__', '__bases__'):
            dir_log.append((type.__getattribute__(cls, '__name__'), name))
        return super().__getattribute__(name)

class W1(metaclass=Watch):
    a = 1

class W2(W1):
    b = 2
    def __getattribute__(self, name):
        dir_log.append(('instance', name))
        return super().__getattribute__(name)

print(dir(W2))
print(dir_log)
dir_log.clear()
w = W2()
w.z = 3
print(dir(w))
print(dir_log)

class Fake(type):
    def __getattribute__(cls, name):
        if name == '__dict__':
            return {'virtual': 1}
        if name == '__bases__':
            return ()
        return super().__getattribute__(name)

class Faked(metaclass=Fake):
    real = 1

print(dir(Faked), dir(Faked()) == sorted(set(dir(Faked())) | {'virtual'}))
