# the frame of a comprehension or generator expression whose iterator fails points at the whole expression
import traceback
def gen(n):
    for i in range(n):
        yield 10 // (i - 2)
cases = [
    lambda: sum(x for x in gen(5)),
    lambda: [x for x in gen(5)],
    lambda: {x for x in gen(5) if x},
    lambda: {x: 1 for x in gen(5)},
    lambda: list((x
                  for x in gen(5))),
    lambda: [y for x in [gen(5)] for y in x],
]
for case in cases:
    try:
        case()
    except ZeroDivisionError:
        print(traceback.format_exc().replace(__file__.rsplit("/", 1)[0] + "/", ""))
total = [x * 2 for x in gen(4)]
