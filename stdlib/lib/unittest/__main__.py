"""tpy -m unittest NAME...: runs the tests of the named modules, classes or methods,
or with no names (or `discover`) the test modules found under a directory."""

import os
import sys

from unittest.main import main

__unittest = True

# The program name in usage lines, as CPython makes it: the interpreter's file name.
sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
main(module=None)
