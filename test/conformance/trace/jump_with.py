# frame.f_lineno = N from a trace function: jumps CPython 3.11 allows, and those it refuses.
import sys

from _jump_harness import jump, cm


def out_of_with(out):
    with cm(out, 1):
        out.append(2)
    out.append(3)

jump(out_of_with, 2, 3)
jump(out_of_with, 3, 2)
jump(out_of_with, 3, 1)


def back_out_of_with(out):
    out.append(1)
    with cm(out, 2):
        out.append(3)

jump(back_out_of_with, 3, 1)
jump(back_out_of_with, 1, 3)


def across_with(out):
    out.append(1)
    with cm(out, 2):
        out.append(3)
    with cm(out, 4):
        out.append(5)

jump(across_with, 2, 4)
jump(across_with, 3, 5)
jump(across_with, 5, 3)
jump(across_with, 3, 4)


def with_in_for(out):
    out.append(1)
    for i in [1]:
        with cm(out, 3):
            out.append(4)
        out.append(5)
    out.append(6)

jump(with_in_for, 4, 5)
jump(with_in_for, 4, 6)
jump(with_in_for, 4, 2)


def with_in_with(out):
    out.append(1)
    with cm(out, 2):
        with cm(out, 3):
            out.append(4)
        out.append(5)
    out.append(6)

jump(with_in_with, 4, 5)
jump(with_in_with, 4, 6)
jump(with_in_with, 5, 4)


def with_in_finally(out):
    try:
        out.append(2)
    finally:
        with cm(out, 4):
            out.append(5)
        out.append(6)
    out.append(7)

jump(with_in_finally, 5, 6)
jump(with_in_finally, 5, 7)


def with_as(out):
    out.append(1)
    with cm(out, 2) \
            as x:
        out.append(4)
    out.append(5)

jump(with_as, 3, 5)
jump(with_as, 4, 5)


def deep_nest(out):
    out.append(1)
    for i in [1]:
        out.append(3)
        for j in [1, 2]:
            out.append(5)
            try:
                for k in [1, 2]:
                    out.append(8)
            finally:
                out.append(10)
        out.append(11)
    out.append(12)

jump(deep_nest, 8, 11)
jump(deep_nest, 8, 10)
jump(deep_nest, 10, 5)
jump(deep_nest, 11, 5)


class Silencer:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def silenced(out):
    with Silencer():
        out.append(2)
        1 / 0
    out.append(4)
    out.append(5)

jump(silenced, 4, 2)
jump(silenced, 5, 4)


def gen_closed():
    try:
        yield 1
        yield 2
    finally:
        print('generator closed')


def drop_generator(out):
    for v in gen_closed():
        out.append(v)
        out.append(4)
    out.append(5)

jump(drop_generator, 3, 4)
print("after the loop")
