# sys.get_int_max_str_digits / set_int_max_str_digits: the limit on int <-> str conversion, and its errors
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.is_finalizing())
for v in [100, -1, 640, "x"]:
    try:
        sys.set_int_max_str_digits(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10**5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    int("1" * 1001)
except ValueError as e:
    print(e)
try:
    str(10**1001)
except ValueError as e:
    print(e)
print(len(str(10**999)))
sys.set_int_max_str_digits(641)
print(sys.get_int_max_str_digits())
