# A number glued to a keyword (`1if`, `0x1for`, `1else`): 3.11's tokenizer takes it with a SyntaxWarning
# (shown before the compiler's warnings), through compile(), eval(), ast.parse and f-strings too
x = 3
print(1if x else 2, 1or 2, 0x1for _ in ())
print([0o7and 1, 0b1in [1], 1is 1, 1not in [], 1.5jor 3, 1e5if x else 0, 1 if 0else 1])
print(x is 1)
print(f"{2if x else 3}")
import ast
ast.parse("y = 1if 1 else 2")
print(eval("[0x1for x in (1,)]"))
compile("5or 0", "<number>", "exec")
import warnings
warnings.simplefilter("error", SyntaxWarning)  # from here on a warning is a SyntaxError
for src in ["print(1if 1 else 2)", "print(0x1for x in ())", "print(1.5else 3)", "print(1.5jor 3)", "0b1in x"]:
    try:
        compile(src, "<error>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ["1abc", "0x1g", "1_if", "1.5jx", "1e5x"]:
    try:
        compile(src, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.offset)
for src in ["1if_ ", "1isx", "1else_", "1andy", "1ornot", "0x1for_"]:
    try:
        compile(src, "<glued>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset)
