# SyntaxErrors of dict displays: a starred item among key/value pairs, a missing value or ':'
srcs = ["{**a, *b}", "{1: 2, *b}", "{1: 2, **a, *b}", "{*b, 1: 2}", "{1: *b}", "{1: 2, 3: *b}", "{**a, 1: *b}",
        "{*a, **b}", "{a: 1, b}", "{**a, b}", "{1:}", "{1: 2, 3:}", "{**a, 1:}", "{1: , 2: 3}", "{a:b:c}",
        "{**a: 1}", "{a, b: 1}", "{a, **b}", "{x: for x in y}", "{1: 2, 3: 4,}"]
for s in srcs:
    try:
        compile(s, "<dict>", "eval")
        print("ok", s)
    except SyntaxError as e:
        print(repr(s), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
