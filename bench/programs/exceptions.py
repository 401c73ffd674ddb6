# Raising and catching exceptions in a loop, with try/finally and except clauses that miss.
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


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
print("checksum", *run(n))
