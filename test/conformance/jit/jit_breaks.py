# `break` in loops hot enough to run compiled: inner loops left by break (the compiled code
# drops the loop's block and jumps to its end), for/else and while/else skipped by it, a
# break through try/finally or an except block (the eval loop unwinds those), in function
# bodies, in generators, and with the loop's iterator left on the stack.


def primes(n):
    out = []
    for k in range(2, n):
        for p in out:
            if p * p > k:
                out.append(k)
                break
            if k % p == 0:
                break
        else:
            out.append(k)
    return len(out), out[-3:]


print("primes", primes(5000))


def search(rows):
    found = 0
    for row in rows:
        j = 0
        while True:
            if row[j] == 7:
                found += j
                break
            j += 1
        else:
            found -= 1000
        n = 0
        while n < len(row):
            n += 1
            if n > 50:
                break
        else:
            found += 1
    return found


print("search", search([[(i * 7 + j) % 11 for j in range(11)] for i in range(800)]))


def through_finally(n):
    log = []
    t = 0
    for i in range(n):
        for j in range(5):
            try:
                if j == i % 5:
                    break
                t += j
            finally:
                t += 100
        if i % 300 == 0:
            log.append(t)
    return t, log


print("finally", through_finally(1500))


def in_except(n):
    t = 0
    for i in range(n):
        for j in range(3):
            try:
                if j == 1:
                    raise ValueError(j)
            except ValueError:
                t += 1
                break
            t += 10
    return t


print("except", in_except(1000))


def gen(n):
    for i in range(n):
        for j in range(i % 7 + 1):
            if j == 3:
                break
            yield i * j


print("generator", sum(gen(3000)))


def nested_depth(n):
    # The break leaves operands of the enclosing expression's loop on the stack intact.
    total = 0
    for a in range(n):
        for b in [a, a + 1, a + 2]:
            for c in range(10):
                if c > b % 4:
                    break
                total += c
            if b % 5 == 0:
                break
    return total


print("nested", nested_depth(2000))
