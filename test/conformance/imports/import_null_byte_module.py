# compile(), exec(), eval() and import refuse source text containing a NUL byte
for label, f in (("compile", lambda: compile("x = 1\0", "f", "exec")), ("exec", lambda: exec("y = 2\0")),
                 ("eval", lambda: eval("1\0")), ("bytes", lambda: compile(b"z = 3\0", "f", "exec"))):
    try:
        f()
        print(label, "no error")
    except (ValueError, SyntaxError) as e:
        print(label, type(e).__name__, e)
try:
    import _mod_null_byte
except ValueError as e:
    print("import", type(e).__name__, e)
