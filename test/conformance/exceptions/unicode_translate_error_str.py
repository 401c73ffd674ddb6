# UnicodeTranslateError's str: one character escaped, or a range of positions
for args in [("abc", 1, 2, "r"), ("a\xe9c", 1, 2, "no map"), ("a\u20acb", 1, 2, "no map"),
             ("a\U0001f600", 1, 2, "r"), ("abcd", 1, 3, "r"), ("ab", 5, 6, "r"), ("ab", 1, 1, "r")]:
    e = UnicodeTranslateError(*args)
    print(str(e), "|", repr(e), "|", e.object == args[0], e.start, e.end, e.reason)
for args in [("utf-8", "abc", 1, 2, "r"), ("x", "ab", 5, 6, "r")]:
    print(UnicodeEncodeError(*args))
try:
    UnicodeTranslateError("a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
