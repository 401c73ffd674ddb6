# helper module (not a test): __all__ limits what `from ... import *` exports
__all__ = ["visible", "also_visible"]
visible = "visible"
also_visible = "also visible"
not_listed = "not in __all__"
