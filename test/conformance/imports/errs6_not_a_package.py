# A submodule of a module that is not a package: the message names the parent as imported
# ('os.path'), not by the module's own __name__ (posixpath).
import os.path

for src in ("import os.path.foo", "import math.foo", "from os.path import nope", "import xml.nonexistent",
            "from xml.etree import nonexistent_mod", "import json.nope"):
    try:
        exec(src)
    except ImportError as e:
        # The message of a from-import names a file: only the first part is compared.
        print(src, "->", type(e).__name__, str(e).split(" (")[0], e.name)

import os.path.sep
