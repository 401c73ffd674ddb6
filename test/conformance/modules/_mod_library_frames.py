# Helper: runs a function with sys.stderr captured and prints what it wrote, leaving out
# the traceback frames inside the logging package (their paths and line numbers are the
# library's own) and shortening the program's paths to their basenames.
import io
import os
import sys


def without_library_frames(text):
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith('  File "'):
            path = line[len('  File "'):line.index('"', len('  File "'))]
            skipping = os.sep + 'logging' + os.sep in path
            if not skipping:
                out.append(line.replace(path, os.path.basename(path)))
            continue
        if skipping and line.startswith('    '):
            continue
        skipping = False
        out.append(line)
    return '\n'.join(out)


def run(fn, *args, **kwargs):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        fn(*args, **kwargs)
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print(without_library_frames(text))
