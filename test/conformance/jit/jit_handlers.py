# Exceptions caught in compiled loops and function bodies (vm/jit_except.ts): raised by
# `raise`, by a callee's body, re-raised by finally bodies and except clauses that miss; the
# traceback, sys.exc_info(), __context__, chaining and the frames' locals as CPython has them.
import sys
import traceback


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


def step(i, log):
    try:
        try:
            return check(i)
        finally:
            log[0] += 1
    except KeyError as e:
        return -e.args[0]


def run(n):
    log = [0]
    total = 0
    retries = 0
    for i in range(n):
        try:
            total += step(i, log)
        except ValueError:
            total -= 1
        except AppError as e:
            retries += 1
            total += e.code // 3
        finally:
            total += 1
    return total, retries, log[0]


print('run', run(400))


def deep(i):
    if i % 2:
        raise ValueError('odd %d' % i)
    return i


def middle(i):
    return deep(i) + 1


def outer_tb(n):
    kept = None
    for i in range(n):
        try:
            middle(i)
        except ValueError as e:
            kept = e
    return kept


e = outer_tb(300)
for fs in traceback.extract_tb(e.__traceback__):
    print(fs.name, fs.lineno, fs.line, fs.colno, fs.end_colno)
tb = e.__traceback__
while tb is not None:
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals))
    tb = tb.tb_next


def context_chain(n):
    last = None
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                raise ValueError(i)
        except ValueError as e:
            last = e
    return last


e = context_chain(300)
print(repr(e), repr(e.__context__), e.__suppress_context__)


def cause_chain(n):
    last = None
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except KeyError as k:
                raise ValueError(i) from k
        except ValueError as e:
            last = e
    return last


e = cause_chain(300)
print(repr(e), repr(e.__cause__), e.__suppress_context__)


def exc_info_states(n):
    seen = []
    for i in range(n):
        try:
            raise TypeError(i)
        except TypeError:
            inner = sys.exc_info()[1]
            try:
                raise IndexError(i)
            except IndexError:
                nested = sys.exc_info()[1]
            after = sys.exc_info()[1]
        if i == n - 1:
            seen = [repr(inner), repr(nested), repr(after), repr(sys.exc_info()[1])]
    return seen


print(exc_info_states(300))


def reraise_bare(n):
    count = 0
    for i in range(n):
        try:
            try:
                raise AppError(i)
            except AppError:
                count += 1
                raise
        except AppError as e:
            count += e.code % 2
    return count


print('reraise', reraise_bare(300))


def body_handles(i):
    try:
        if i % 2:
            raise Retry(i)
        return i
    except Retry as e:
        return -e.code
    finally:
        pass


print('bodies', sum(body_handles(i) for i in range(300)))


def tuple_match(n):
    t = 0
    for i in range(n):
        try:
            if i % 2:
                raise KeyError(i)
            raise IndexError(i)
        except (KeyError, IndexError) as e:
            t += 1 if isinstance(e, KeyError) else 2
    return t


print('tuple', tuple_match(300))


def bad_match(n):
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except 42:
                pass
        except TypeError as e:
            if i == n - 1:
                return repr(e), repr(e.__context__)


print(bad_match(300))


def unbound_after_except(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError as e:
            pass
    try:
        return e
    except UnboundLocalError as u:
        return 'unbound: ' + str(u)


print(unbound_after_except(300))


def settrace_in_handler(n):
    events = []

    def tracer(frame, event, arg):
        if event == 'exception':
            events.append((frame.f_code.co_name, event, arg[0].__name__))
        return tracer

    for i in range(n):
        try:
            if i == n - 2:
                sys.settrace(tracer)
            check(i * 3)
        except Retry:
            pass
    sys.settrace(None)
    return events


print(settrace_in_handler(300))


def frame_plain(i):
    fr = sys._getframe()
    return fr


def frame_through_finally(i):
    try:
        fr = sys._getframe()
        return fr
    finally:
        i += 1


def frame_in_handler(i):
    try:
        raise KeyError(i)
    except KeyError as e:
        return sys._getframe()


for i in range(300):
    a = frame_plain(i)
    b = frame_through_finally(i)
    c = frame_in_handler(i)
print(a.f_lineno, b.f_lineno, c.f_lineno, sorted(c.f_locals), b.f_locals['i'])


def escapes(n):
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            pass
    raise AppError(n)


def caller_of_escapes():
    for i in range(250):
        try:
            escapes(i)
        except AppError:
            pass
    escapes(7)


caller_of_escapes()
