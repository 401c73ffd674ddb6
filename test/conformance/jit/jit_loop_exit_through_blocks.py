# break and continue in compiled loops leaving try blocks, except clauses, finally bodies and
# with blocks together: the finally bodies run with the jump pending, the exception handled
# before comes back after leaving an except clause, __exit__ is called innermost first.
import sys

class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.log.append(self.name)
        return False

def try_except_break(n):
    t = 0
    for i in range(n):
        for j in range(4):
            try:
                if j == 2:
                    break
                t += j
            except KeyError:
                t -= 1000
    return t

def try_except_continue(n):
    t = 0
    for i in range(n):
        for j in range(4):
            try:
                if j % 2:
                    continue
                t += j
            except KeyError:
                pass
    return t

def except_clause_break(n):
    t = 0
    states = []
    for i in range(n):
        it = iter(range(i % 4))
        while True:
            try:
                x = next(it)
            except StopIteration:
                states.append(sys.exc_info()[0])
                break
            t += x
    return t, states[-1], sys.exc_info()

def except_as_break(n):
    t = 0
    for i in range(n):
        for j in range(3):
            try:
                raise ValueError(j)
            except ValueError as e:
                t += e.args[0]
                if j == 1:
                    break
    return t, 'e' in locals()

def except_as_continue(n):
    t = 0
    for i in range(n):
        for j in range(3):
            try:
                raise ValueError(j)
            except ValueError as e:
                if j == 1:
                    continue
                t += e.args[0]
    return t

def finally_break(n):
    t = 0
    log = []
    for i in range(n):
        for j in range(5):
            try:
                if j == 3:
                    break
                t += j
            finally:
                t += 100
                last = j
    return t, last

def finally_continue(n):
    t = 0
    for i in range(n):
        for j in range(5):
            try:
                if j % 2:
                    continue
                t += j
            finally:
                t += len(str(j))
    return t

def with_and_try(n):
    log = []
    t = 0
    for i in range(n):
        for j in range(3):
            try:
                with CM('a', log):
                    with CM('b', log):
                        if j == 1:
                            break
                        t += 1
            finally:
                log.append('f')
    return t, log[-8:], len(log)

def with_in_except(n):
    log = []
    for i in range(n):
        for j in range(3):
            try:
                raise KeyError(j)
            except KeyError:
                with CM('w', log):
                    if j == 1:
                        continue
                    log.append(repr(sys.exc_info()[1]))
    return log[-5:], sys.exc_info()

def nested_finally(n):
    t = 0
    for i in range(n):
        for j in range(3):
            try:
                try:
                    if j == 2:
                        break
                finally:
                    t += 1
            finally:
                t += 10
    return t

def raise_in_finally(n):
    caught = 0
    for i in range(n):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        break
                finally:
                    if i % 2:
                        raise IndexError(i)
        except IndexError:
            caught += 1
    return caught

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('exit')

def exit_raises_on_break(n):
    caught = []
    for i in range(n):
        for j in range(3):
            try:
                with BadExit():
                    if j == 1:
                        break
            except RuntimeError as e:
                caught.append((j, str(e), e.__context__))
                break
    return len(caught), caught[-1]

def gen(n):
    for i in range(n):
        for j in range(3):
            try:
                if j == 1:
                    break
                yield j
            finally:
                pass
        try:
            raise KeyError(i)
        except KeyError:
            continue

print(try_except_break(300))
print(try_except_continue(300))
print(except_clause_break(300))
print(except_as_break(300))
print(except_as_continue(300))
print(finally_break(300))
print(finally_continue(300))
print(with_and_try(300))
print(with_in_except(300))
print(nested_finally(300))
print(raise_in_finally(300))
print(exit_raises_on_break(300))
print(sum(gen(300)))
# Called often, each compiled as a function body.
r = [(try_except_break(3), except_clause_break(3), except_as_break(2), finally_break(2), with_and_try(2)) for k in range(200)]
print(r[-1])

def uncaught():
    for i in range(400):
        for j in range(3):
            try:
                if j == 1:
                    break
            finally:
                if i == 399:
                    1 / 0

uncaught()
