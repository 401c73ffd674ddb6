import _mod_circ_from_b
def helper():
    return 1
