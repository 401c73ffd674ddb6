# Jumps in a function whose loop ran hot before tracing started, and in a long generated function.
import sys


def hot(out, n):
    total = 0
    for i in range(n):
        total += i
        if i == 5:
            out.append(total)
    out.append(('end', total))
    return total


for _ in range(200):
    hot([], 2000)
code = hot.__code__
first = code.co_firstlineno
jumps = []


def back_to_sum(frame, ev, arg):
    # Three times, from the append back to `total += i` with i still 5.
    if ev == 'line' and frame.f_code is code and frame.f_lineno == first + 5 and len(jumps) < 3:
        jumps.append(1)
        frame.f_lineno = first + 3
    return back_to_sum


out = []
sys.settrace(back_to_sum)
print(hot(out, 3000))
sys.settrace(None)
print(out, len(jumps))
print(hot([], 3000))

lines = ["def long(output):", "    output.append(1)", "    for _ in spam:"]
lines += [f"        output.append({i})" for i in range(3, 3000)]
lines += ["    output.append(3000)", "    output.append(3001)"]
namespace = {}
exec("\n".join(lines), namespace)
long = namespace['long']


def skip_loop(target):
    def tracer(frame, ev, arg):
        if ev == 'line' and frame.f_code is long.__code__ and frame.f_lineno == 2:
            try:
                frame.f_lineno = target
            except ValueError as e:
                print(' ', target, e)
        return tracer
    output = []
    sys.settrace(tracer)
    try:
        long(output)
    except NameError as e:
        print(' ', e)
    sys.settrace(None)
    print(' ', target, output)


skip_loop(3000)
skip_loop(2999)
skip_loop(3001)
skip_loop(4000)
