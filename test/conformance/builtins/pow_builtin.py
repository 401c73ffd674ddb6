# pow() with two and three arguments, including modular inverse and negatives
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(4, 0.5))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(7, 0, 3), pow(0, 0, 7))
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(12345678901234567890, 98765, 10 ** 12))
print(pow(2, -1, 7), pow(3, -2, 11), pow(38, -1, 97))
print(pow(5, 3, -7), pow(-5, 3, -7))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
