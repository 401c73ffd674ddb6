# ValueError/IndexError/KeyError raised while formatting
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
attempt("d on float", lambda: "{:d}".format(1.5))
attempt("f on str", lambda: "{:f}".format("x"))
attempt("manual->auto", lambda: "{0} {}".format(1, 2))
attempt("index", lambda: "{1}".format(0))
attempt("key", lambda: "{k}".format(j=1))
attempt("unmatched {", lambda: "{".format())
attempt("unmatched }", lambda: "}".format())
attempt("bad spec", lambda: "{:xyz}".format(1))
attempt("comma on str", lambda: "{:,}".format("s"))
attempt("sign on str", lambda: "{:+}".format("s"))
attempt("= on str", lambda: "{:=5}".format("s"))
attempt("precision int", lambda: "{:.2d}".format(5))
attempt("ok", lambda: "{:.2}".format("abc"))
