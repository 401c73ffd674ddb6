# floor division, modulo and divmod on floats, including negative zero results
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(1.0 // 0.1, 1.0 % 0.1)
print(-0.0 % 5, 0.0 % -5, -6.0 % 3, 6.0 % -3)
print(5.5 % 1, -5.5 % 1, 3.0 // 1, -3.5 // 1)
print(1e300 % 7, 2.0 ** 60 // 3)
print(divmod(-1, 0.5), divmod(10, 2.5))
for a in (5.0, -5.0):
    for b in (3.0, -3.0):
        print(a, b, a // b, a % b, divmod(a, b))
