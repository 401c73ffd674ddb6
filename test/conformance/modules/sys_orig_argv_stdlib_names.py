# sys.orig_argv (the command line as given) and sys.stdlib_module_names (CPython 3.11's set).
import sys
import os

print(sys.orig_argv[1:], os.path.basename(sys.orig_argv[-1]) == os.path.basename(sys.argv[0]))
names = sys.stdlib_module_names
print(type(names).__name__, len(names), sorted(names)[:6])
print([m in names for m in ('os', 'json', 'asyncio', 'tkinter', 'numpy', '__main__', 'sys')])
print(all(isinstance(n, str) for n in names), isinstance(sys.prefix, str), sys.prefix == sys.base_prefix)
