# Finally bodies entered by an exception in hot compiled code, when the same body is also
# fallen into: the compiled copy must leave locals, sys.exc_info(), tracebacks, chaining
# and the re-raise exactly as the eval loop does.
import sys
import traceback


def loop_counts(n):
    ran = 0
    caught = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError(i)
                ran += 2
            finally:
                ran += 1                 # fallen into, and entered by the KeyError
        except KeyError as e:
            caught += e.args[0]
    return ran, caught


print(loop_counts(3000))


def body(i, log):
    try:
        if i & 1:
            raise ValueError(i)
        x = i * 2
    finally:
        log.append(sys.exc_info()[0])    # the exception being unwound, or None
    return x


def body_calls(n):
    log = []
    out = 0
    for i in range(n):
        try:
            out += body(i, log)
        except ValueError:
            out -= 1
    return out, log[:4], len(log)


print(body_calls(2000))


def raises_in_finally(n):
    # The finally body's own error: chained to the one being unwound.
    seen = []
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise IndexError(i)
                v = 0
            finally:
                v = 10 // (i % 5)        # ZeroDivisionError every fifth turn
        except (IndexError, ZeroDivisionError) as e:
            seen.append((type(e).__name__, type(e.__context__).__name__))
    return seen[:6], len(seen)


print(raises_in_finally(1000))


def finally_slow_path(n):
    # The finally body's fast path fails (a str operand) after it was compiled.
    acc = [0]
    for i in range(n):
        try:
            try:
                if i % 4 == 0:
                    raise LookupError(i)
            finally:
                acc[0] += 1 if i < n - 10 else 0.5
        except LookupError:
            pass
    return acc[0]


print(finally_slow_path(2000))


def uncaught(n):
    total = 0
    for i in range(n):
        try:
            if i == n - 1:
                raise RuntimeError('last turn')
            total += i
        finally:
            total += 1
    return total


try:
    uncaught(1000)
except RuntimeError as e:
    print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)], e)


def nested_finally(n):
    order = []
    for i in range(n):
        try:
            try:
                try:
                    if i % 2:
                        raise TypeError(i)
                finally:
                    order.append('inner')
            finally:
                order.append('outer')
        except TypeError:
            order.append('caught')
    return order[:8], len(order)


print(nested_finally(1000))


def handled_before(n):
    # An exception handled around the loop: the finally sees the new one, then the old one comes back.
    try:
        raise OSError('outer')
    except OSError:
        names = []
        for i in range(n):
            try:
                try:
                    if i % 2:
                        raise EOFError(i)
                finally:
                    names.append(sys.exc_info()[0].__name__)
            except EOFError:
                names.append(sys.exc_info()[0].__name__)
        names.append(sys.exc_info()[0].__name__)
        return names[:5], len(names)


print(handled_before(800))


def last_traceback(n):
    for i in range(n):
        try:
            try:
                if i == n - 1:
                    raise KeyError('tb')
            finally:
                pass
        except KeyError as e:
            tb = e.__traceback__
            lines = []
            while tb is not None:
                lines.append(tb.tb_lineno - last_traceback.__code__.co_firstlineno)
                tb = tb.tb_next
            return lines


print(last_traceback(500))
