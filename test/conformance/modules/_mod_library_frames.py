# Helper: text of tracebacks with the frames inside the logging package and csv.py left
# out (their paths and line numbers are the library's own, and tpy's csv.py adds a frame
# where CPython's C reader has none), and the program's paths shortened to basenames.
import io
import os
import sys
import traceback


def _is_library(path):
    return os.sep + 'logging' + os.sep in path or path.endswith(os.sep + 'csv.py')


def without_library_frames(text):
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith('  File "'):
            path = line[len('  File "'):line.index('"', len('  File "'))]
            skipping = _is_library(path)
            if not skipping:
                out.append(line.replace(path, os.path.basename(path)))
            continue
        if skipping and line.startswith('    '):
            continue
        skipping = False
        out.append(line)
    return '\n'.join(out)


def run(fn, *args, **kwargs):
    """Calls fn with sys.stderr captured; prints what it wrote."""
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn(*args, **kwargs)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(without_library_frames(text))


def print_exc():
    """Prints the traceback of the exception being handled."""
    print(without_library_frames(traceback.format_exc()))
