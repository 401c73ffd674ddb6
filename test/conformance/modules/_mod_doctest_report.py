# Helper for the doctest programs: run a doctest entry point with stdout captured and print
# its report without what depends on the machine (the program's folder, the frame of doctest's runner, `__run`).
import contextlib
import io
import os
import sys


def strip_report(text, folder):
    out = []
    in_doctest_frame = False
    for line in text.replace(folder, "").split("\n"):
        if line.endswith(", in __run"):
            in_doctest_frame = True  # drop this frame and its source/caret lines
            continue
        if in_doctest_frame and line.startswith("        "):
            continue
        in_doctest_frame = False
        out.append(line)
    return "\n".join(out)


def captured(fn, *args, **kwargs):
    folder = os.path.dirname(os.path.abspath(sys.modules["__main__"].__file__)) + os.sep
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = fn(*args, **kwargs)
    print(strip_report(buf.getvalue(), folder), end="")
    return result
