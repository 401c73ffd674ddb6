# frame.f_lineno = N from a trace function: jumps CPython 3.11 allows, and those it refuses.
import sys

from _jump_harness import jump, cm


def straight(out):
    out.append(1)
    out.append(2)
    out.append(3)

jump(straight, 1, 3)
jump(straight, 2, 1)
jump(straight, 3, 1)
jump(straight, 2, 2)
jump(straight, 3, 4)
jump(straight, 2, -3)
jump(straight, 1, 0)


def with_gap(out):
    out.append(1)
    # a comment: jumping here lands on the next line

    out.append(5)

jump(with_gap, 1, 2)
jump(with_gap, 1, 3)
jump(with_gap, 5, 6)


def if_none(out):
    v = None
    if v is None:
        out.append(3)
    else:
        out.append(5)
    out.append(6)

jump(if_none, 1, 4)
jump(if_none, 6, 5)
jump(if_none, 6, 3)
jump(if_none, 3, 5)


def if_not_none(out):
    v = None
    if v is not None:
        out.append(3)
    else:
        out.append(5)
    out.append(6)

jump(if_not_none, 1, 4)
jump(if_not_none, 6, 5)


def nested_for(out):
    for a in 1, 2:
        out.append(2)
        for b in [3]:
            out.append(4)
    out.append(5)

jump(nested_for, 3, 5)
jump(nested_for, 4, 5)
jump(nested_for, 4, 2)
jump(nested_for, 5, 1)
jump(nested_for, 1, 4)
jump(nested_for, 5, 2)
jump(nested_for, 2, 4)


def loop_back(out):
    out.append(1)
    for a in [1]:
        out.append(3)
        for b in [2]:
            out.append(5)
        out.append(6)
    out.append(7)

jump(loop_back, 6, 1)
jump(loop_back, 5, 3)
jump(loop_back, 6, 3)


def forever(out):
    out.append(1)
    while True:
        out.append(3)
    out.append(4)

jump(forever, 3, 4)


def while_loop(out):
    k = 1
    out.append(2)
    while k <= 2:
        out.append(4)
        k += 1
    out.append(6)

jump(while_loop, 2, 4)
jump(while_loop, 6, 4)
jump(while_loop, 4, 6)


def while_back(out):
    k = 1
    while k <= 2:
        out.append(3)
        k += 1
    out.append(5)

jump(while_back, 5, 3)


def comp_forward(out):
    out.append(1)
    x = [n * 2 for n in range(4)]
    out.append(3)

jump(comp_forward, 1, 2)
jump(comp_forward, 2, 3)


def comp_back(out):
    a = 1
    x = [n for n in range(6)]
    c = 3

jump(comp_back, 3, 1)


def comp_back2(out):
    flag = False
    out.append(2)
    if flag:
        return
    x = [n for n in range(3)]
    flag = 6
    out.append(7)
    out.append(8)

jump(comp_back2, 8, 2)


def unpacks(out):
    out.append(1)
    _, *_, _ = out.append(2) or "Spam"
    out.append(3)
    (
        _, *_, _
    ) = out.append(6) or "Eggs"
    out.append(8)

jump(unpacks, 2, 3)
jump(unpacks, 5, 6)


def and_pop(out):
    out.append(1)
    _ = out.append(2) and "Spam"
    out.append(3)

jump(and_pop, 2, 3)


def else_after_for(out):
    out.append(1)
    if not out:
        for a in [3]:
            out.append(4)
    else:
        out.append(6)
        out.append(7)
    out.append(8)

jump(else_after_for, 1, 7)
jump(else_after_for, 7, 4)


def calls_on_stack(out):
    a = 1
    print(
        out.append(3)
    )
    out.append(5)
    (
        (  # 7
            a
            +
            10
        )
        +
        13
    )
    out.append(15)

jump(calls_on_stack, 3, 7)
jump(calls_on_stack, 3, 8)
jump(calls_on_stack, 1, 5)


def method_on_stack(out):
    a = 1
    list.append(
        out, 3
    )
    out.append(5)

jump(method_on_stack, 3, 5)
jump(method_on_stack, 3, 1)


def big_gap(out):
    x = 0
    y = 1
    '''
    ...




    '''
    x += 1
    out.append(x)

jump(big_gap, 2, 10)
