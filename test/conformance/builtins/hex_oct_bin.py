# hex(), oct() and bin() of positive, negative, zero and big integers
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70) + 1):
    print(n, hex(n), oct(n), bin(n))
print(int(hex(255), 16), int(oct(8), 8), int(bin(5), 2), int(hex(-255), 0))
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
