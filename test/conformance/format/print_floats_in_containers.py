# floats inside containers use repr; printing them alone uses str (the same in Python 3)
vals = [0.1, 0.2, 0.1 + 0.2, 1e16, 1e-7, 100.0, -0.0, 3.0, 2.5e-5, 1 / 3]
print(vals)
print(tuple(vals[:3]), {"x": vals[2]}, {1.5: 2.5})
for v in vals:
    print(v, [v], (v,), str(v) == repr(v))
print([float("inf"), float("-inf"), float("nan")])
print(sum(vals[:3]), [round(v, 2) for v in vals[:3]])
print(sorted(vals))
print(max(vals), min(vals))
