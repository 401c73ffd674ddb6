# arithmetic on integers beyond 64 bits
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a, b // -a, b % -a)
print(a * -1, -a * -b)
print(a < b, a == a + 0, -a < a, a > 2 ** 64)
print(a // 7, a % 7, a // 10 ** 20)
print(abs(-a), -(-a) == a)
c = 2 ** 100
print(c - 1, c + 1, c // 3, c % 3)
print((c + 1) * (c - 1) == c * c - 1)
print(hash(5) == hash(5), int(str(a)) == a)
print(b / a, c / 2 ** 99)
print(sum(range(10 ** 6)))
print(10 ** 18 * 10 ** 18 // 10 ** 18)
