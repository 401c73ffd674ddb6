# errors from slices: zero step, wrong-size extended assignment, bad index types
a = list(range(6))
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    del a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0:1] = [5]
except TypeError as e:
    print("TypeError:", e)
a[::3] = "xy"
print(a)
print(a[True], a[False:True])
