import _mod_circ_attr_a
VALUE = _mod_circ_attr_a.helper()
