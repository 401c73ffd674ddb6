# __debug__ as an assignment target: attributes (x.__debug__ = 1, not +=, not del), annotations, match captures, and where each error points
srcs = [
"x.__debug__ = 1\n",
"x.__debug__ += 1\n",
"del x.__debug__\n",
"print(x.__debug__)\n",
"del __debug__\n",
"__debug__ += 1\n",
"import __debug__\n",
"import a as __debug__\n",
"from a import __debug__\n",
"from a import b as __debug__\n",
"lambda __debug__: 0\n",
"def f(*, __debug__): pass\n",
"def f(*__debug__): pass\n",
"def f(**__debug__): pass\n",
"class __debug__: pass\n",
"def __debug__(): pass\n",
"f(__debug__=1)\n",
"for __debug__ in x: pass\n",
"with a as __debug__: pass\n",
"(__debug__ := 1)\n",
"try: pass\nexcept E as __debug__: pass\n",
"match x:\n case __debug__: pass\n",
"match x:\n case [1 as __debug__]: pass\n",
"match x:\n case C(__debug__=1): pass\n",
"match x:\n case {**__debug__}: pass\n",
"x: __debug__ = 1\n",
"__debug__: int\n",
"x.__debug__: int\n",
"[__debug__ for __debug__ in x]\n",
"global __debug__\n",
"def f():\n    nonlocal __debug__\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
srcs2=['match x:\n case [*__debug__]: pass\n','match x:\n case (1|2) as __debug__: pass\n','match x:\n case [a, (b as __debug__)]: pass\n','match x:\n case C(1, __debug__=[a]): pass\n','match x:\n case {1: __debug__}: pass\n','a.__debug__, b = 1, 2\n','[a.__debug__] = 1\n','for a.__debug__ in x: pass\n','with x as a.__debug__: pass\n','x.__debug__: int = 1\n', 'x.y.__debug__ = 1\n','(x).__debug__ = 1\n', 'x = y.__debug__ = 1\n','[1 for x.__debug__ in y]\n',
'match x:\n case {1: a, **__debug__}: pass\n','match x:\n case C(a, b) as __debug__: pass\n','match x:\n case [] as __debug__: pass\n','match x:\n case C(a, b=[c, d]) as __debug__: pass\n','match x:\n case [a, *b] as __debug__: pass\n','match x:\n case {1: a, **r} as __debug__: pass\n']
for s in srcs2:
  try: compile(s,'<s>','exec'); print('ok')
  except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_offset)
