# codeop.compile_command: finished input (a code object), unfinished input (None), errors
import codeop

cases = ["x = 1", "if x:", "if x:\n  pass", "if x:\n  pass\n", "if x: pass", "(1,", "x = (1,\n",
         "'''abc", "1 +", "def f():\n  return 1\n", "@dec", "@dec\ndef f(): pass\n", "x = \\",
         "", "# only a comment", "1 2", "for", "try:\n  pass\n", "if 1:\n  pass\nelse:",
         "return 1", "a = 1\nb = 2", "x = [1,\n2]\n", "print('a'\n", "'abc", "   x = 1",
         "while 1:\n  x\n\n", "class A:\n  def f(self):\n    pass\n  x = 1"]
for s in cases:
    try:
        c = codeop.compile_command(s)
        r = 'code' if c is not None else None
    except SyntaxError as e:
        r = (type(e).__name__, e.msg, e.lineno)
    print(repr(s), r)

print(codeop.compile_command("1 + 1", symbol="eval") is not None)
print(codeop.compile_command("", symbol="eval"))
print(codeop.compile_command("(1 +", symbol="eval"))
print(codeop.compile_command("x = 1", "<myfile>").co_filename)
try:
    codeop.compile_command("x", symbol="bad")
except ValueError as e:
    print(type(e).__name__, e)
try:
    codeop.compile_command("1 2", "<named>")
except SyntaxError as e:
    print(type(e).__name__, e)

cc = codeop.CommandCompiler()
print(cc("from __future__ import annotations") is not None)
print(bool(cc.compiler.flags & 0x1000000), cc("def f(x: undefined): pass") is not None)
print(cc("if 1:") is None, codeop.Compile()("x = 2", "<c>", "single").co_filename)
ns = {}
exec(codeop.compile_command("y = 6 * 7"), ns)
print(ns['y'])
