# Shared by the pstats conformance programs: a Stats loaded from a fixture in _data/,
# with its file header (which holds the file's mtime) checked and then dropped so that
# the printed reports do not depend on when the repository was checked out.
import os
import time
import pstats


def load(name, *more, stream=None):
    path = os.path.join('_data', name)
    st = pstats.Stats(path, *[os.path.join('_data', m) for m in more], stream=stream)
    expected = time.ctime(os.stat(path).st_mtime) + "    " + path
    assert st.files[0] == expected, (st.files, expected)
    st.files = []
    return st
