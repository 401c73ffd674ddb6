# the tokenizer measures a line's indentation before its first token: an unexpected indent or a bad
# unindent is reported before an error in the tokens after it
sources = ["   $", "   ]", '   "abc', "   1abc", "if x:\n    a\n  $", "   a = 1\n$", "   a]", "x = 1\n   a]",
           "if x:\n        a]\n  b", "$\n  a", '   """abc', 'if x:\n    a\n  "abc', "def f():\n  x\n    1abc", "  x = (1"]
for s in sources:
    try:
        compile(s + "\n", "<string>", "exec")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
