# helper: reads and writes the main module's globals from outside
import sys
def read_main(name):
    return getattr(sys.modules["__main__"], name)
def write_main(name, value):
    setattr(sys.modules["__main__"], name, value)
