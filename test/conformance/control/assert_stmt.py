# assert passes silently or raises AssertionError with the given message
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e)
try:
    assert [], ["a", "list", 42]
except AssertionError as e:
    print("caught args:", e.args)
def check(n):
    assert n >= 0, "negative: %d" % n
    return n * 2
print(check(4))
try:
    check(-3)
except AssertionError as e:
    print("caught:", e)
calls = []
def msg():
    calls.append("msg")
    return "m"
assert True, msg()
print(calls)
