import _mod_circ_attr_b
def helper():
    return 1
