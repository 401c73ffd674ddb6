# generators resumed by for loops and yield from inside one eval loop: values, exhaustion, return values, frames
import sys
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def squares(src):
    for x in src:
        yield x * x
def tagged(src):
    r = yield from src
    yield ("returned", r)
def with_return(n):
    yield from numbers(n)
    return n * 10
print([v for v in squares(numbers(4))])
print(list(tagged(with_return(2))))
total = 0
for a in squares(numbers(5)):
    for b in numbers(a % 3):
        total += a + b
print("total", total)
# break leaves the generator suspended; another loop resumes it where it stopped
g = numbers(6)
for v in g:
    if v == 2:
        break
print("after break", v, g.gi_running, g.gi_frame is not None)
for v in g:
    print("resumed", v)
print("exhausted", g.gi_frame, list(g))
# a generator alternately driven by for, next() and send()
def echo():
    got = None
    for i in range(6):
        got = yield (i, got)
e = echo()
for pair in e:
    print("for", pair)
    if pair[0] == 1:
        print("next", next(e))
        print("send", e.send("s"))
    if pair[0] == 4:
        break
print("rest", list(e))
# frames seen from inside: f_back is the resumer while running, None when suspended
def where():
    f = sys._getframe()
    yield (f.f_code.co_name, f.f_back.f_code.co_name)
    yield (f.f_back.f_code.co_name, w.gi_running)
def loop_here():
    return [v for v in w]
w = where()
print(loop_here())
w2 = where()
next(w2)
print("suspended f_back", w2.gi_frame.f_back, w2.gi_frame.f_lineno)
# the same generator in nested loops, and a generator that finishes early
c = numbers(7)
for a in c:
    for b in c:
        print(a, b)
        if b % 3 == 0:
            break
def empty():
    return "nothing"
    yield
for x in empty():
    print("never")
print(list(empty()), sum(squares(numbers(0))))
# deep delegation chains: each level adds one frame
def chain(depth):
    if depth == 0:
        yield from numbers(3)
        return "bottom"
    r = yield from chain(depth - 1)
    return r + "+"
d = chain(50)
print(list(d))
def ret_chain():
    r = yield from chain(3)
    print("chain returned", r)
for v in ret_chain():
    pass
# a finished generator's frame, held by tpy code, keeps the locals it ended with
def locs():
    x = 1
    yield x
    y = 2
    if x:
        raise KeyError("end")
try:
    for v in locs():
        pass
except KeyError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)
lg = locs()
next(lg)
fr = lg.gi_frame
print(fr.f_locals)
try:
    next(lg)
except KeyError:
    print(fr.f_locals, lg.gi_frame)
def finishes():
    a = 'a'
    yield a
    b = 'b'
fg = finishes()
next(fg)
fr = fg.gi_frame
print(list(fg), fr.f_locals)
