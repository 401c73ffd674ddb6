# typing: 'from typing import *' brings exactly typing.__all__ (3.11's public names, also the lazily made ones), not the module's helpers
from typing import *
print(sorted(k for k in globals() if not k.startswith("__")))
import typing
print(typing.__all__ == sorted(typing.__all__), len(typing.__all__))
