# mapping patterns: literal keys equal as dict keys (0, 0j, False, -0.0, 1e16 and its int) are duplicates
srcs = ["{0: _, 0j: _}", "{1+0j: _, 1: _}", "{1e16: _, 10000000000000000: _}", "{-0.0: _, 0: _}", "{1+2j: _, 1+2j: _}", "{-1-2j: _}", "{'a': _, b'a': _}", "{True: _, 1.0: _}", "{None: _, None: _}", "{1.5: _, 1.50: _}", "{0x10: _, 16: _}", "{'a' 'b': _, 'ab': _}", "{-0: _, 0: _}", "{2**3: _}", "{1e400: _, 1e401: _}", "{-1e400: _, -1e400: _}", "{0.1: _, 0.10000000000000001: _}", "{1j: _, 0+1j: _}", "{-0j: _, 0: _}", "{2.0: _, 2: _}", "{5: _, 5.000000000000001: _}", "{2**70: _}", "{1180591620717411303424: _, 1180591620717411303424.0: _}", "{f'a': _}", "{b'x': _, b'x': _}", "{...: _}", "{False: _, 0j: _}"]
for s in srcs:
    try:
        compile(f"match x:\n case {s}: pass\n", "<s>", "exec")
        print("ok", s)
    except SyntaxError as e:
        print(s, "|", e.msg, e.offset, e.end_offset)
x = {1+2j: "c", 5: "five"}
match x:
    case {1+2j: v, 5.0: w}: print("complex key", v, w)
match {-1-2j: 1}:
    case {-1-2j: v}: print("neg complex", v)
