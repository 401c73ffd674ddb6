# compile(..., 'single'): input after a compound statement is a plain 'invalid syntax' at its first
# token (3.11's statement_newline: compound_stmt NEWLINE); after simple statements it is
# 'multiple statements found while compiling a single statement'.
cases = ['def f():\n    return 1\nf()\n', 'if 1:\n  pass\nx\n', 'if 1:\n  pass\n\nx\n', 'x = 1\ny\n', '@d\ndef f(): pass\nx\n',
         'if 1: pass\nx\n', 'class A:\n  pass\nclass B: pass\n', 'for i in x:\n  pass\nelse:\n  pass\ny = 2\n', 'x = 1; y = 2\nz\n', 'try:\n  pass\nfinally:\n  pass\n1\n',
         'with a:\n  pass\n  \n# c\nq\n', 'while 1:\n    pass\n    x\n  y\n', 'if 1:\n  pass\nelif 2:\n  pass\n3 +\n', 'match x:\n  case 1: pass\nz\n', 'async def f(): pass\nz\n']
for c in cases:
    try:
        compile(c, "<s>", "single")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.args)
