"""The program the trace command-line tests run."""
import sys


def square(n):
    """Docstring line."""
    return n * n


class Box:
    def __init__(self, v):
        self.v = v

    def grow(self):
        self.v = square(self.v)
        return self


def unused(x):
    if x:
        return 1
    return 2  #pragma NO COVER


def main(args):
    total = 0
    for i in range(3):
        total += square(i)
    b = Box(3).grow()
    print('total', total, 'box', b.v, 'args', args)
    if args == ['exit']:
        sys.exit(3)


main(sys.argv[1:])
