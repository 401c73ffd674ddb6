# frame.f_lineno = N out of a method call's arguments: the method and its object (3.11's NULL
# and callable) may not stand for the values of another expression, so the jump is refused.
from _jump_harness import jump


def from_args(out):
    out.append(
        len(out)
    )
    (
        (
            len(out)
            +
            10
        )
        +
        13
    )
    out.append(17)


def from_args_to_args(out):
    out.append(
        len(out)
    )
    out.extend(
        [len(out)]
    )


def from_method_args_to_end(out):
    x = str.join(
        '', [str(len(out)), 'b']
    )
    out.append(x)
    out.append(4)


jump(from_args, 2, 5)
jump(from_args, 2, 10)
jump(from_args, 2, 12)
jump(from_args_to_args, 2, 5)
jump(from_method_args_to_end, 2, 5)
jump(from_method_args_to_end, 2, 4)
# From the statement's first line, before the method is loaded: nothing to refuse.
jump(from_args, 1, 11)
jump(from_args_to_args, 1, 4)
