# factorial(1000) computed with a loop; digits, digit sum and trailing zeros
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = factorial(1000)
s = str(f)
print(len(s))
print(s[:50])
print(s[-260:])
print(sum(int(c) for c in s))
zeros = len(s) - len(s.rstrip("0"))
print(zeros)
print(f % 1000003, f // factorial(998) == 1000 * 999)
print(factorial(25), factorial(50))
print(f == factorial(999) * 1000)
