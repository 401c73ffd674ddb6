# a dead branch (if 0:, a dead else, while 0:) is still compiled for its errors: break, continue, return, yield, await there are SyntaxErrors
srcs = ["if 0: break", "if 0: continue", "if 0: return 1", "if 0: yield", "while 0: pass\nelse: break", "if False:\n    return", "if 0:\n  def f(): return 1\n  break", "class C:\n  if 0: return", "if 0: yield from x", "if 0: await x", "if __debug__: pass\nelse: break", "if 1: pass\nelse: break", "while False: break", "if 0:\n nonlocal x", "if 0: x = [(yield) for i in y]"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
