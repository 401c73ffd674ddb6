# helper module (not a test): the end of an import chain
print("_mod_chain_b: running")
depth = 1
