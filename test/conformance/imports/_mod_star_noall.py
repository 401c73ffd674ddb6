# helper module (not a test): without __all__, `import *` skips underscore names
public_value = 1
def public_func():
    return "public"
_hidden = "hidden"
