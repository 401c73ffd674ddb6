import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


class CM:
    def __init__(self, swallow=False):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.swallow


def use():
    with CM() as a:
        x = 1
    with CM(), \
         CM(True):
        raise ValueError
    with CM(True):
        y = 2
        raise KeyError
    return x


def return_inside():
    with CM():
        return 'r'


def loop_inside():
    for i in range(2):
        with CM():
            if i:
                break
            continue


sys.settrace(tracer)
print(use())
print(return_inside())
loop_inside()
sys.settrace(None)
