# Instruction pairs the loop fuses (vm/superinstructions.ts) with every operand kind
# their fast paths do not cover: each must behave as the two instructions do.
import math


def loops():
    out = []
    for x in range(3):          # FOR_ITER + STORE_FAST over range
        out.append(x)
    for x in [4, 5]:            # ... over a list
        out.append(x)
    for x in (6, 7):            # ... over a tuple: the plain FOR_ITER
        out.append(x)
    for x in 'ab':
        out.append(x)
    for x in {'k': 1}:
        out.append(x)
    for x in (i * i for i in range(3)):
        out.append(x)
    lst = [1, 2, 3]
    for x in lst:               # the list grows while iterated
        if len(lst) < 5:
            lst.append(x * 10)
        out.append(x)
    for x in []:
        out.append('never')
    return out


class P:
    k = 'class attribute'

    def __init__(self):
        self.x = 1


def attrs(p, mod, s):
    r = [p.x, p.k, mod.pi, s.upper.__name__, P.k]   # LOAD_FAST + LOAD_ATTR on each kind of object
    p.x = 'changed'
    r.append(p.x)
    del p.x
    r.append(p.x if hasattr(p, 'x') else 'gone')
    try:
        return p.x
    except AttributeError as e:
        r.append(str(e))
    return r


def accumulate(a, b):
    s = a
    s += b                      # INPLACE_ADD + STORE_FAST
    return s


def unbound():
    try:
        len(y)                  # LOAD_GLOBAL + LOAD_FAST of an unbound local
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    y = 1
    return y



class Slotted:
    __slots__ = ('x',)

    def __init__(self):
        self.x = 10


class Prop:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 100

    @v.setter
    def v(self, value):
        self._v = value


class Hooked:
    def __init__(self):
        self.__dict__['n'] = 0

    def __getattr__(self, name):
        return len(name)

    def __setattr__(self, name, value):
        self.__dict__[name] = ('set', value)


def augmented(objs):
    # o.x += v: DUP_TOP + LOAD_ATTR reads, ROT_TWO + STORE_ATTR writes, on each kind of object.
    out = []
    for o in objs:
        try:
            o.x += 5
            o.x *= 2
            out.append(o.x)
        except (AttributeError, TypeError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out


class Counter:
    x = 7                       # o.x += ... reads the class attribute, writes the instance's


def augmented_unbound():
    try:
        q.x += 1                # LOAD_FAST + DUP_TOP + LOAD_ATTR of an unbound local
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    q = P()
    q.x += 1
    return q.x


p = P()
print(augmented([p, p, P(), Slotted(), Counter(), Counter, Hooked(), math, 'str', 3]))
print(augmented_unbound())
pr = Prop()
pr.v += 1
print(pr.v, pr._v, Counter.x)


print(loops())
print(attrs(P(), math, 'str'))
for a, b in [(1, 2), (2 ** 52, 2 ** 52), (2 ** 62, 1), (-5, 2.5), (1.5, 2.25), (True, True),
             ('ab', 'cd'), ([1], [2]), ((1,), (2,)), (0.1, 0.2)]:
    print(repr(accumulate(a, b)))
lst = [1]
alias = lst
lst2 = accumulate(lst, [2])
print(lst2 is lst, alias)
try:
    accumulate(1, 'x')
except TypeError as e:
    print('TypeError:', e)
print(unbound())
