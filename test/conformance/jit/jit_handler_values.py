# The six values of an except handler entered in compiled code are kept in its operands, not
# stored into the frame (vm/jit_except.ts enterHandlerUnpushed): whatever reads them later
# must see them there. A raise inside a handler unwinds it (the exception handled before
# comes back), a handler's exit to the eval loop (an instruction not compiled) re-raises,
# returns or pops the handler from the frame, and a finally body entered by an exception
# re-raises it through an outer handler; sys.exc_info() and __context__ at each step.
# Also a compiled loop running past several check intervals (4096 backward jumps): it is
# entered again at its head (vm/eval.ts execute), its handlers' state intact.
import sys


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class Retry(AppError):
    pass


def check(i):
    if i % 3 == 0:
        raise Retry(i)
    if i % 7 == 0:
        raise KeyError(i)
    return i


def name(e):
    return None if e is None else type(e).__name__


def nested(i, seen):
    try:
        check(i)
    except AppError as outer:
        try:
            raise ValueError(i)
        except ValueError as inner:
            seen.append((name(sys.exc_info()[1]), name(inner.__context__)))
        # The handler of `outer` is current again.
        seen.append(name(sys.exc_info()[1]))
        return outer.code
    except KeyError:
        seen.append(name(sys.exc_info()[1]))
        return -1
    return 0


def raise_in_handler(i):
    try:
        check(i)
    except AppError:
        # A raise inside the handler: out of the frame, with the handler's exception as context.
        if i % 2:
            raise TypeError(i)
        return 1
    except KeyError as e:
        return -e.args[0]
    return 0


def handler_exit(i, box):
    try:
        check(i)
    except AppError as e:
        # `with` is never compiled: the handler goes on in the eval loop.
        with box:
            box.n += e.code
        if i % 2:
            raise
        return 2
    except KeyError:
        return 3
    return 0


class Box:
    n = 0

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def through_finally(i, log):
    try:
        try:
            return check(i)
        finally:
            log[0] += 1
            log.append(name(sys.exc_info()[1]))
    except KeyError as e:
        return -e.args[0]


def run(n):
    seen = []
    total = 0
    errs = []
    box = Box()
    log = [0]
    for i in range(n):
        total += nested(i, seen)
        try:
            total += raise_in_handler(i)
        except TypeError as e:
            errs.append((e.args[0], name(e.__context__), name(sys.exc_info()[1])))
        try:
            total += handler_exit(i, box)
        except Retry as e:
            total += e.code
        try:
            total += through_finally(i, log)
        except ValueError:
            total -= 1
        except AppError as e:
            total += e.code // 3
        finally:
            total += 1
        if sys.exc_info()[1] is not None:
            print('exc_info left set at', i)
            break
    return total, seen[:8], seen[-8:], len(seen), errs[:3], len(errs), box.n, log[0], log[1:8]


for n in (30, 5000):
    for x in run(n):
        print(x)
    print(sys.exc_info())


# A long loop raising and catching in one function, across several check intervals.
def loop(n):
    total = 0
    ctx = 0
    for i in range(n):
        try:
            try:
                if i % 5 == 0:
                    raise KeyError(i)
                total += i
            finally:
                total += 1
        except KeyError as e:
            try:
                total -= e.args[0]
                if i % 10 == 0:
                    raise ValueError(i)
            except ValueError as v:
                ctx += v.__context__ is e
    return total, ctx


print(loop(10000))


# A trace function set from inside a compiled loop after several check intervals: the
# 'exception' events of the handlers after it, as the eval loop reports them.
events = []


def tracer(frame, event, arg):
    if event == 'exception':
        events.append((frame.f_code.co_name, frame.f_lineno, arg[0].__name__))
    return tracer


def traced(n):
    total = 0
    for i in range(n):
        if i == n - 4:
            sys.settrace(tracer)
        try:
            total += through_finally(i, [0])
        except AppError as e:
            total += e.code
    sys.settrace(None)
    return total


print(traced(9000))
for e in events:
    print(e)


# The traceback of an exception raised from a handler, after many turns of compiled code.
def deep(i):
    try:
        check(i)
    except KeyError as e:
        raise RuntimeError('wrapped %d' % i) from e


for i in range(1, 9000):
    try:
        deep(i)
    except (RuntimeError, AppError):
        pass
deep(8995)
