# CPython's messages for ZeroDivisionError, OverflowError and related ValueErrors
import math
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 1.5 // 0.0,
    lambda: 2.0 % 0, lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(2, -1, 0), lambda: 10 ** 400 * 1.0,
    lambda: float(10 ** 400), lambda: 2.0 ** 10000, lambda: int(float("inf")), lambda: int(float("nan")),
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: 1 << -1, lambda: round(float("inf")),
    lambda: math.factorial(-1),
]
for case in cases:
    try:
        print("no error", case())
    except (ArithmeticError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
