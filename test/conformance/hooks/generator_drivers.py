# hook events and values when natives (list, sum, sorted, extend) and for loops / yield from drive generators
import sys
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def mixed():
    yield 1
    yield 2 ** 60
    yield 2 ** 60
    yield 1.5
    yield 3
def deleg():
    yield from numbers(2)
    yield from [7, 8]
    return 9
def bad():
    yield 1
    raise KeyError("bad")
def run():
    print(list(numbers(3)), sum(numbers(4)), sum(mixed()), list(deleg()), sorted(deleg(), reverse=True))
    print(tuple(x * 2 for x in numbers(3)), sum(x for x in [True, True, 3]))
    l = [0]
    l.extend(numbers(2))
    print(l)
    try:
        list(bad())
    except KeyError as e:
        print("KeyError", e)
    g = numbers(5)
    next(g)
    print(list(g), list(g))
events = []
def prof(frame, event, arg):
    if event in ("call", "return"):
        events.append(("P", event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == "return" else ""))
    else:
        events.append(("P", event, getattr(arg, "__name__", "?")))
def trace(frame, event, arg):
    events.append(("T", event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == "return" else ""))
    return trace
run()
sys.setprofile(prof)
run()
sys.setprofile(None)
sys.settrace(trace)
run()
sys.settrace(None)
for e in events:
    print(e)
# for loops and yield from resuming generators in the loop, under both hooks
def relay():
    r = yield from deleg()
    yield r
def loops():
    t = 0
    for v in relay():
        for w in numbers(v % 3):
            t += w
    return t
events.clear()
sys.setprofile(prof)
loops()
sys.setprofile(None)
sys.settrace(trace)
loops()
sys.settrace(None)
for e in events:
    print(e)
