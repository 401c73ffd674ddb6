# `and`/`or` return one of their operands and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", None or 0, 0 or None)
print([] and [1], [0] and [1], {} or (), () or {})
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
print(None and boom, True or boom)
log = []
def t(v):
    log.append(v)
    return v
r = t(0) and t(1)
print(r, log)
log.clear()
r = t(1) and t(2) and t(0) and t(3)
print(r, log)
log.clear()
r = t(0) or t("") or t(5) or t(6)
print(r, log)
log.clear()
r = t(1) and t(0) or t(9)
print(r, log)
name = ""
print(name or "anonymous")
print((0.0 or 1.5), (0.5 and "yes"))
print(not (1 and 0), not (0 or []))
