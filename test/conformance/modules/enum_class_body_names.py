# enum class bodies run in EnumType.__prepare__'s namespace: a name given twice, reserved _sunder_ names, _ignore_, _order_, member/nonmember
from enum import Enum, Flag, auto, member, nonmember

def attempt(make):
    try:
        cls = make()
        print('made', [(m.name, m.value if not callable(m.value) else 'fn') for m in cls])
    except Exception as e:
        print(type(e).__name__, e)

def dup_member():
    class Color(Enum):
        RED = 1
        GREEN = 2
        GREEN = 3
    return Color
def member_then_method():
    class C(Enum):
        A = 1
        def A(self):
            pass
    return C
def auto_then_value():
    class C(Enum):
        A = auto()
        A = 2
    return C
def reserved_sunder():
    class C(Enum):
        _sunder_ = 1
    return C
def late_generate():
    class C(Enum):
        A = auto()
        _generate_next_value_ = lambda *a: 1
    return C
def ignore_after():
    class C(Enum):
        x = 1
        _ignore_ = 'x'
    return C
def ignore_loop():
    class C(Enum):
        _ignore_ = 'i'
        for i in range(3):
            vars()['V%d' % i] = i * 10
    return C
def bad_order():
    class C(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
    return C
def good_order():
    class C(Enum):
        __order__ = 'A B'
        A = 1
        B = 2
        C = 1
    print(C.__dict__.get('_order_'), C.__dict__.get('__order__'))
    return C
def flag_order():
    class F(Flag):
        _order_ = 'A B AB'
        A = 1
        B = 2
        AB = 3
    return F
def wrapped():
    class C(Enum):
        A = 1
        helper = nonmember(99)
        @member
        def fn(self):
            return 'fn'
    print(C.helper, type(C.fn).__name__, C.fn.value(None))
    return C
def auto_inside():
    class C(Enum):
        A = auto()
        print('in body', A)
        B = 10
        C = auto()
    return C
def mro_name():
    class C(Enum):
        mro = 1
    return C
def private_names():
    class C(Enum):
        _C__secret = 1
        _C__secret = 2
        A = 3
    print(C._C__secret)
    return C
for f in (dup_member, member_then_method, auto_then_value, reserved_sunder, late_generate,
          ignore_after, ignore_loop, bad_order, good_order, flag_order, wrapped, auto_inside,
          mro_name, private_names):
    print(f.__name__, end=': ')
    attempt(f)
Animal = Enum('Animal', 'ANT BEE')
print(list(Animal))
