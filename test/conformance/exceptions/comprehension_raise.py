# exceptions inside comprehensions and generator expressions propagate; the loop variable does not leak
def check(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    return x * 10
for label, make in (("list", lambda: [check(x) for x in range(5)]),
                    ("set", lambda: {check(x) for x in range(5)}),
                    ("dict", lambda: {x: check(x) for x in range(5)}),
                    ("genexp", lambda: sum(check(x) for x in range(5)))):
    try:
        make()
    except ValueError as e:
        print(label, "raised:", e)
try:
    [y for y in range(3)]
    print(y)
except NameError as e:
    print("NameError:", e)
seen = []
gen = (check(x) for x in range(5))
try:
    for v in gen:
        seen.append(v)
except ValueError:
    print("lazy genexp got", seen)
try:
    [1 / x for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print("division in comprehension:", e)
try:
    print([a + b for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print("unpacking in comprehension:", e)
