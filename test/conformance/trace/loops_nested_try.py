import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def nested(n):
    total = 0
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            try:
                if j == 1:
                    continue
                total += j
            finally:
                total += 1
        else:
            total -= 1
    return total


def return_in_loop_finally():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('fin', i)


def while_else_break(xs):
    i = 0
    while i < len(xs):
        if xs[i] < 0:
            print('neg')
            break
        i += 1
    else:
        print('none negative')
    return i


def for_multiline(pairs):
    out = []
    for (a,
         b) in zip(pairs,
                   pairs[1:]):
        out.append(a + b)
    return out


def except_in_loop():
    for k in ['a', 'b']:
        try:
            {}[k]
        except KeyError as e:
            pass
    return k


sys.settrace(tracer)
print(nested(3))
print(return_in_loop_finally())
print(while_else_break([1, -1]))
print(while_else_break([1, 2]))
print(for_multiline([1, 2, 3]))
print(except_in_loop())
sys.settrace(None)
