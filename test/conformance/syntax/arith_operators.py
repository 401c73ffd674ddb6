# arithmetic operators on ints and floats: + - * / // % ** unary
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, -(-a), ~a)
x, y = 7.5, 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(a + x, a * y, a / y, b ** 0.5)
print(2 ** 10, 2 ** 0, 0 ** 0, 10 ** 20)
print(1 / 4, 3 / 3, 10 / 4, -9 / 2)
print(9 // 2, 9.0 // 2, 9 % 2.0)
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, (2 * 3) ** 2)
print(100 - 10 - 1, 100 / 10 / 2, 2 ** 3 ** 2)
print(7 - -3, 7 + -3, -7 - 3)
print(0.1 * 3, 0.5 + 0.25, 1 - 0.9)
print(True + 1, False * 10, True / 2)
