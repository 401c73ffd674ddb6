# bool is a subclass of int: arithmetic, equality, dict keys, str and repr
print(True + True, True * 10, False - 1, True / 2, -True, True ** 2)
print(isinstance(True, int), type(True) is bool, type(True + 0).__name__)
print(True == 1, False == 0, True == 1.0, hash(True) == hash(1))
print(sum([True, False, True, True]), max(True, 2), min(False, -1))
print(str(True), repr(False), int(True), float(False), bool(2))
print([10, 20][True], "ab"[False])
d = {1: "one"}
d[True] = "true"
print(d)
print(True & 1, True | 2, True ^ True, ~True, True << 3)
print(bool("False"), bool(0.0), bool(-1), bool([]), bool(None))
print(True > False, True < 2, sorted([True, 0, False, 1, -1]))
print(divmod(True, 2), True // 2, 7 % True)
print(f"{True}", f"{True:d}", "%d" % True, format(False, "5"))
