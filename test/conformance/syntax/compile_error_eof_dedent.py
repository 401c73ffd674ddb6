# compile() of strings that end where a statement must follow: where CPython puts the error
for src in ["@d\n", "@d", "x=1\n@d(1,\n2)\n", "@d\n\n\n", "@d\n# c\n", "@d  # c\n", "@d\n    \n",
            "class A:\n    @d\n", "class A:\n    @d\n    \n", "def f():\n    @d\n", "if 1:\n    @d\n",
            "@d\n@e\n", "try:\n    pass\n"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))
