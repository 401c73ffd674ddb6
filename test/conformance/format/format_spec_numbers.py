# integer presentation types, signs, alternate forms and grouping separators
n = 1234567
print(format(n, "d"), format(n, ","), format(n, "_"), format(-n, ","), format(n, "+,"))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(255, "08b"), format(5, "#010b"), format(0xdead, "_x"), format(2**32, "_b"))
print(format(42, "+"), format(-42, "+"), format(42, " "), format(-42, " "), format(42, "-"))
print(format(42, "c"), format(0x1f600, "c"))
print(format(1234, "n"), format(0, "b"), format(-5, "b"), format(-255, "#x"))
print(format(12, "e"), format(12, "f"), format(12, "%"), format(12, "g"))
print(format(True, "d"), format(False, "x"))
print(format(10**20, ","), format(-(10**20), "_x"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ",x")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
