"""tpy -m unittest NAME...: runs the tests of the named modules, classes or methods."""

import sys

from unittest.main import main

__unittest = True

sys.argv[0] = "python -m unittest"
main(module=None)
