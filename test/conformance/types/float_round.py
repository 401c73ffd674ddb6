# round() uses round-half-to-even and works on the exact binary value
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.7), round(3.7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, 1)).__name__)
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(7, 2))
print(round(1e20, 2), round(0.1 + 0.2, 15), round(2.5e-8, 8))
print(round(5), round(-0.4), round(0.49999999999999994))
print(round(1.23456789e10, -5), round(12.5, -1), round(15.0, -1))
print(round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
