# doctest's building blocks: DocTestParser, Example, DocTest, OutputChecker, register_optionflag, parse errors
import doctest

text = '''
Some prose.

    >>> x = 1
    >>> x + 1
    2
    >>> print("a")  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    a
    >>> def f():
    ...     return 3
    >>> f()
    3

More prose
>>> raise ValueError("v")
Traceback (most recent call last):
  File "x", line 1
ValueError: v
'''

p = doctest.DocTestParser()
parts = p.parse(text, "<text>")
for part in parts:
    if isinstance(part, doctest.Example):
        print("Example", repr(part.source), repr(part.want), part.lineno, part.indent, part.options, repr(part.exc_msg))
    else:
        print("text", repr(part))
examples = p.get_examples(text)
print(len(examples), [e.lineno for e in examples])
t = p.get_doctest(text, {"z": 1}, "mytest", "file.txt", 10)
print(t, t.name, t.filename, t.lineno, len(t.examples), t.globs, t.docstring == text)
print(repr(doctest.DocTest([], {}, "empty", None, None, "")))
e = doctest.Example("1+1", "2")
print(repr(e.source), repr(e.want), e.lineno, e.indent, e.options, e.exc_msg)
e2 = doctest.Example("raise X\n", "Traceback (most recent call last):\nX: y\n", exc_msg="X: y")
print(repr(e2.exc_msg), e == doctest.Example("1+1\n", "2\n"), e == e2)

c = doctest.OutputChecker()
print(c.check_output("2\n", "2\n", 0), c.check_output("2\n", "3\n", 0))
print(c.check_output("1\n", "True\n", 0), c.check_output("0\n", "False\n", 0), c.check_output("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1))
print(c.check_output("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0), c.check_output("a\n<BLANKLINE>\nb\n", "a\n\nb\n", doctest.DONT_ACCEPT_BLANKLINE))
print(c.check_output("a b\n", "a\n  b\n", doctest.NORMALIZE_WHITESPACE), c.check_output("a b\n", "a\n  b\n", 0))
E = doctest.ELLIPSIS
for want, got in [("a...z\n", "abcz\n"), ("...\n", "anything\n"), ("a...b...c\n", "abc\n"), ("a...b...c\n", "acb\n"),
                  ("...x", "x"), ("x...", "yx"), ("a...a", "a"), ("[...]\n", "[1, 2]\n")]:
    print(repr(want), repr(got), c.check_output(want, got, E))
print(c.output_difference(e, "3\n", 0), end="")
print(c.output_difference(doctest.Example("1", ""), "x\n", 0), end="")
print(c.output_difference(doctest.Example("1", "a\nb\nc\n"), "a\nB\nc\n", doctest.REPORT_UDIFF), end="")
print(c.output_difference(doctest.Example("1", "a\nb\nc\n"), "a\nB\nc\n", doctest.REPORT_NDIFF), end="")
print(c.output_difference(doctest.Example("1", "a\nb\nc\n"), "a\nB\nc\n", doctest.REPORT_CDIFF), end="")

MY = doctest.register_optionflag("MY_FLAG")
print(MY, doctest.register_optionflag("MY_FLAG"), doctest.OPTIONFLAGS_BY_NAME["MY_FLAG"])
print(p.parse(">>> 1  # doctest: +MY_FLAG\n1\n")[1].options)

bad = [
    ">>> 1  # doctest: +NOPE\n1\n",
    ">>> 1  # doctest: ELLIPSIS\n1\n",
    "  >>> 1\n 2\n",
    ">>> if 1:\n  ... 2\n",
    ">>>1\n",
    ">>> # doctest: +ELLIPSIS\n",
    "  >>> x = 1\n  ...y\n",
]
for b in bad:
    try:
        p.parse(b, "bad")
        print("parsed", repr(b))
    except ValueError as ex:
        print(type(ex).__name__, ex)

print(doctest.TestResults(0, 3), doctest.TestResults(failed=1, attempted=2)._fields)
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(doctest.BLANKLINE_MARKER, doctest.ELLIPSIS_MARKER)
print(doctest.script_from_examples(text))
