# an unclosed bracket's SyntaxError (caught from compile()) quotes its line with the newline only when
# that is the source's last line
sources = ["x = (1 +", "x = (1 +\n", "x = (1 +\n\n", "x = (1 +\n# c\n", "y = 2\nx = [1,\n  2", "x = [1,\n",
           "f(a,\n  b", "x = (1 + \\\n"]
for s in sources:
    try:
        compile(s, "<string>", "exec")
    except SyntaxError as e:
        print(repr(s), e.msg, repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
