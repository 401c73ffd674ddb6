# helper module (not a test): imports another helper module
print("_mod_chain_a: start")
import _mod_chain_b
from _mod_chain_b import depth
print("_mod_chain_a: end")
def total():
    return depth + 1
