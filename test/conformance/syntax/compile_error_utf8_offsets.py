# SyntaxError offsets after non-ASCII text: the parser's count characters of a str source, the compiler's UTF-8 bytes
sources = [
    'x = "é"; return 5\n',
    'y = "€"; break\n',
    'b = "é"; nonlocal q\n',
    'e = "é"; await x\n',
    'f = "日本"; [*a] = 1; *b = 2\n',
    'z = "é"; del f()\n',
    'print("é" 1)\n',
    'x = "é" +\n',
    'c = "é"; f(x for x in y, 1)\n',
    'd = {"a": 1, "b"}\n',
    'd = {1: 2, f(x)}\n',
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
