# The main script's __loader__ is a SourceFileLoader named '__main__' for its file (also seen
# through sys.modules after other imports), its __spec__ is None; `-c` and stdin programs get
# BuiltinImporter (run as children of this interpreter).
import __main__
import subprocess
import sys

print(type(__loader__).__name__, type(__main__.__loader__).__name__, __loader__ is __main__.__loader__)
print(__spec__, __main__.__spec__, __main__.__package__)
print(__loader__.name, __loader__.get_filename() == __file__, __loader__.is_package('__main__'))
print(__loader__.get_source('__main__').splitlines()[0])
print(repr(__loader__).split(' object at ')[0])
mod = sys.modules['__main__']
print(type(getattr(mod, '__lo' + 'ader__')).__name__)
r = subprocess.run([sys.executable, '-c', 'print(__loader__, __spec__)'], capture_output=True, text=True)
print(r.stdout, end='')
r = subprocess.run([sys.executable, '-'], input='print(__loader__, __spec__)', capture_output=True, text=True)
print(r.stdout, end='')
