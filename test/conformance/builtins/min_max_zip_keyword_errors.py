# min/max/zip with wrong keywords: CPython checks positionals first, then how many keywords, then their names
calls = ["zip(x=2)", "zip(strict=1, x=2)", "zip([], strict=True, y=1)", "list(zip([1], [2], strict=True))",
         "min([], foo=2)", "min([], default=1, foo=2)", "min([], default=1, key=None, foo=2)",
         "max([], key=None, bar=1)", "max(foo=1)", "max()", "min(1, 2, foo=1, bar=2)", "max([3, 1], key=None, default=0)",
         "min(1, 2, default=0)"]
for src in calls:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "->", type(e).__name__, e)
