# match: class pattern errors (__match_args__ wrong type/too short/duplicate), builtin self-matching classes, SyntaxErrors of patterns via exec
from dataclasses import dataclass
class A: pass
class B:
    __match_args__ = ('x',)
    x = 1
class C:
    __match_args__ = ['x']
class D:
    __match_args__ = ('x', 'x')
    x = 1
class E:
    __match_args__ = (1,)
class F:
    __match_args__ = ('missing',)

def t(code):
    try:
        exec(code, globals())
    except Exception as e:
        print(type(e).__name__, e)

t("match A():\n case A(1): pass")
t("match 1:\n case int(1, 2): pass")
t("match B():\n case B(1, 2): pass")
t("match C():\n case C(1): pass")
t("match D():\n case D(1, 2): pass")
t("match E():\n case E(1): pass")
t("match F():\n case F(1): pass")
t("match B():\n case B(1, x=1): pass")
t("match 1:\n case len(): pass")
t("match 1:\n case 5(): pass")
t("match {1:2}:\n case {'a': 1, 'a': 2}: pass")
t("match 1:\n case x:\n  pass\n case 2: pass")
t("match 1:\n case _:\n  pass\n case 2: pass")
t("match 1:\n case [x, x]: pass")
t("match 1:\n case x | 1: pass")
t("match 1:\n case 1 | y: pass")
t("match 1:\n case (1 as x) | (2 as y): pass")
t("match 1:\n case [*a, *b]: pass")
t("match 1:\n case {**rest, 'a': 1}: pass")
t("match 1:\n case {**_}: pass")
t("match 1:\n case 1 + 2: pass")
t("match 1:\n case -x: pass")
t("match 1:\n case f'x': pass")
t("match 1:\n case x.y(): pass")
t("match 1:\n case _ as _: pass")
t("match 1:\n case 1 as _: pass")
t("match 1:\n case {x: 1}: pass")
t("match 1:\n case {1: x, **x}: pass")
t("match 1:\n case A(x=1, x=2): pass")
t("match 1:\n case A(x=1, 2): pass")
t("match 1:\n case x if True:\n  pass\n case 3: pass")
# case x if guard is not irrefutable
t("match 5:\n case (x):\n  print('paren capture', x)")
t("match 5:\n case [x] if x:\n  pass")
# int(x) with keyword
t("match 5:\n case int(real=r):\n  print('real', r)")
t("match 5:\n case bool():\n  print('bool')\n case int(x):\n  print('int', x)")
t("match True:\n case int(x):\n  print('int', x)")
t("match 3.0:\n case float(x):\n  print('float', x)")
t("match b'x':\n case bytes(x):\n  print('bytes', x)")
t("match (1,2):\n case tuple(x):\n  print('tuple', x)")
t("match [1]:\n case list(x):\n  print('list', x)")
t("match frozenset({1}):\n case frozenset(x):\n  print('fs', x)")
t("match {1: 2}:\n case dict(x):\n  print('dict', x)")
t("match 1:\n case str(x):\n  print('str')\n case _:\n  print('nope')")
