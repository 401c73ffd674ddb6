# 'expected except or finally block' when the next line is indented further: CPython's INDENT has no column, so the error is past the indentation with no end (no caret).
import traceback
SOURCES = [
    "try:pass\n    f(value)\n",
    "if 1:\n    try: x = 1\n        y = 2\n",
    "try: x = 1\ny = 2\n",
    "try:\n    x = 1\n",
    "if 1:\n    try: x = 1\nz = 3\n",
    "try: x = 1\n\ty = 2\n",
]
for source in SOURCES:
    try:
        compile(source, '<fuzz>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
