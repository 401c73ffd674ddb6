# errors raised by %-formatting
def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
attempt("%s %s", ("one",))
attempt("%s", ("one", "two"))
attempt("%d", "x")
attempt("%d", None)
attempt("%(missing)s", {"other": 1})
attempt("%z", 1)
attempt("%c", "ab")
attempt("%s", ())
attempt("%f", "1.5")
attempt("%s %s", ("a", "b"))
attempt("%x", 1.5)
attempt("abc", 5)
attempt("%s", {"k": 1})
