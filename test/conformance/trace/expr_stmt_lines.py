# sys.settrace: an expression statement spread over lines traces the lines its parts are on;
# the POP_TOP that drops its value continues the last of them (no event at the statement's
# opening bracket), and f_lineno stays there after it.
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith('case'):
        print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer
def case1(a):
    (
        a
        +
        1
    )
    return 2
def case2(a):
    (
        (
            a
            +
            10
        )
        +
        13
    )
def case3(xs):
    [
        x
        for x in xs
    ]
    print(
        len(xs),
    )
    xs.append(
        4
    )
def case4(a):
    (a
     and
     a)
    (not
     a)
sys.settrace(tracer)
case1(1)
case2(1)
case3([1, 2])
case4(0)
case4(1)
sys.settrace(None)
