# sys: build constants a program may print (api_version, abiflags, platlibdir, pycache_prefix, filesystem encode errors)
import sys

print(sys.api_version, repr(sys.abiflags), sys.platlibdir, sys.pycache_prefix)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getdefaultencoding())
print(hasattr(sys, "implementation_name"), sys.implementation.name in ("cpython", "tpy"))
