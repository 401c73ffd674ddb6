# assert with and without messages; the message expression is only evaluated on failure
def msg():
    print("message evaluated")
    return "computed message"
assert True, msg()
for cond, message in ((False, None), (0, "zero"), ([], 42), ("", ("a", 1))):
    try:
        if message is None:
            assert cond
        else:
            assert cond, message
    except AssertionError as e:
        print("AssertionError", e.args, repr(str(e)))
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print(repr(e))
def positive(n):
    assert n > 0, "n must be positive, got %d" % n
    return n
print(positive(3))
try:
    positive(-2)
except AssertionError as e:
    print(e)
