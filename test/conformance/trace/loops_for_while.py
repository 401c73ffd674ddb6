import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def loops(n):
    for i in range(3):
        if i == 1:
            continue
        n += i
    else:
        n -= 1
    for j in range(5):
        if j == 2:
            break
    else:
        n = 0
    while n < 8:
        n += 1
        if n == 6:
            continue
    else:
        n += 100
    while True:
        n -= 1
        if n < 105:
            break
    while n:
        n = 0
    for k in []:
        pass
    return n


def loop_at_end(xs):
    for x in xs:
        pass


def while_at_end(n):
    while n > 0:
        n -= 1


def break_at_end(n):
    while True:
        if n:
            break
        n += 1


sys.settrace(tracer)
print(loops(0))
loop_at_end([1, 2])
while_at_end(2)
break_at_end(0)
sys.settrace(None)
