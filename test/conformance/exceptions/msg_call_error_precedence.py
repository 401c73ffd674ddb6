# which argument error CPython reports when a call has several problems at once
def none():
    return 0
def one(a):
    return a
def two(a, b=1):
    return a
calls = [
    lambda: none(1, zz=2), lambda: one(1, 2, zz=3), lambda: one(1, a=2, zz=3), lambda: one(zz=1),
    lambda: two(1, 2, 3, b=4), lambda: two(1, b=2, c=3), lambda: two(), lambda: two(b=1, zz=2),
    lambda: one(1, 2, a=3),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
