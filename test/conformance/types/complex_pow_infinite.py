# complex ** an infinite (or huge) exponent: an infinite phase makes C's cos set EDOM, which
# complex_pow reports as ZeroDivisionError; a NaN phase gives nan+nanj; a huge result overflows.
for a in [(-2.5-0.5j), 1j, (1+1j), 0.5j, (2+0j), 0j]:
    for b in [float("inf"), float("-inf"), float("nan"), 1e300, -1e300, 2**70 + 0.0, 0.5, complex(0, float("inf")), complex(float("inf"), 0), 1e10, complex(1e300, 0), 100, 1000]:
        try:
            print(a, b, a ** b)
        except Exception as e:
            print(a, b, type(e).__name__, e)
print(pow(1j, float("inf")) if False else "", 2 ** complex(0, 1e308))
try:
    print((1+1j) ** complex(float("inf"), 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
