# floor division and modulo round toward negative infinity; the result of % has the divisor's sign
for a in (7, -7):
    for b in (2, -2):
        print(f"{a:>2} // {b:>2} = {a // b:>2}   {a:>2} % {b:>2} = {a % b:>2}   divmod = {divmod(a, b)}")
print(0 // 5, 0 % 5, -0 // 5, 5 // 5, -5 // 5)
print(1 // 3, -1 // 3, 1 % 3, -1 % 3, 1 % -3, -1 % -3)
print(10 ** 20 // -3, 10 ** 20 % -3, -(10 ** 20) // 3, -(10 ** 20) % 3)
for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3)):
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(-7.0 // 2, -7.0 % 2, 7.0 % -2, -7 % 2.5)
print(5 % 1, -5 % 1, 3 // 1, -3 // 1)
