# importing a module that imports another module; module bodies run in order
print("main: before import")
import _mod_chain_a
print("main: after import")
print(_mod_chain_a.total(), _mod_chain_a.depth, _mod_chain_a._mod_chain_b.depth)
import _mod_chain_b
print(_mod_chain_b is _mod_chain_a._mod_chain_b)
_mod_chain_b.depth = 10
print(_mod_chain_a.depth, _mod_chain_a._mod_chain_b.depth)
import sys
print(sorted(k for k in sys.modules if k.startswith("_mod_")))
