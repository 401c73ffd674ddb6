# "Perhaps you forgot a comma?" where CPython's PEG parser backtracks: the second expression
# stops before an operator or trailer with nothing after it, a soft-keyword-like name or
# `print` hands the check to the expression after it, a bracket's first item is starred,
# and a search that reads to the end of an unclosed bracket reports that bracket instead.
import traceback

CASES = [
    "ss = [2 3 *]\n",
    "ss = [1, 2 3 *, 'ab']\n",
    "ss = f(2 3 *)\n",
    "print('a'.upper(), 'hello world'capitalize.())\n",
    "g(c - 1 print(1) x\n",
    "[c  1 print(1)]\n",
    "[_ - 2 print(1)]\n",
    "[d 'x' 1 2]\n",
    "[print 1 2]\n",
    "[match 1 2]\n",
    "[c c 1 2]\n",
    "[(print) 1 2]\n",
    "[c x if y z]\n",
    "[ca.b 1 2]\n",
    "[*a b]\n",
    "(*a b)\n",
    "{*a b}\n",
    "[* 60 + 'e' * 70 m\n]\n",
    "x = [a 70\n]\n",
    "x = [c 6 + 1 m\n]\n",
    "f(c - 1 print(1)\n",
    "print(1, type(e, e)\nprint(c.log(8, 2), c.log(2.",
    "def f():\n    return g(1) + g(c - 1\n\n\nprint(1)\nx.y()\n",
    "def f():\n    return lat(r - 1, c) + lat(r, c - 1\n\n\nprint('E', lat(2, 2), lat.info())\nlat.clear()\n",
    "t = (t +\n     x = f(f(f(1))\nprint(t)\ny = 2\n",
    'g = {(0, 0): "o"{}\nprint(g)\n',
    'g = [1, "o" x\nprint(g)\n',
    'g = {1: "o"{}, 3: 4}\n',
]

for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(type(e), e)), end="")
