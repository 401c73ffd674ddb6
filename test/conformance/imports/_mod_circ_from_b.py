from _mod_circ_from_a import helper
