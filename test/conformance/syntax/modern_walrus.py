# assignment expressions in comprehensions (scope), while/if, and their SyntaxErrors
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 4], y)
print([(last := x) for x in data], last)
def f():
    [z := i for i in range(3)]
    return z
print(f())
class C:
    vals = [w := 5]
print(C.vals)
if (n := len(data)) > 3: print("n", n)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print({(k := i): k * 2 for i in range(2)}, k)
print(any((hit := v) > 4 for v in [1, 7, 9]), hit)
def g(): 
    total = 0
    return [total := total + v for v in range(4)], total
print(g())
import sys
codes = [
 "[i := 0 for i in range(3)]",
 "[x for x in (i := range(3))]",
 "[[(j := j) for i in range(2)] for j in range(2)]",
 "class X:\n [(y := 1) for _ in range(2)]",
 "def f():\n  [(y := 1) for y in range(2)]",
 "x := 5",
 "(a.b := 3)",
 "(a[0] := 3)",
 "((a, b) := (1, 2))",
 "f(x := 3)",
 "def h(a=(b:=3)): pass",
 "lambda: (x := 1)",
 "{i: (i := 1) for i in range(2)}",
 "[x for x in range(3) if (x := 5)]",
 "[(lambda: (k := 1)) for _ in range(2)]",
 "print(f'{(x:=10)}')",
 "[i for i in range(5) for j in (i := [1])]",
 "def f():\n global g\n [g := 1 for _ in range(1)]",
 "[ (True := 1) for _ in []]",
 "(__debug__ := 1)",
]
for c in codes:
    try:
        compile(c, "<s>", "exec")
        print("ok", repr(c))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset, repr(c))
