# sys.modules contains loaded modules; sys.path is a list of strings
import sys
print("sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["sys"] is sys)
print("math" in sys.modules or "math" not in sys.modules)
import math
print("math" in sys.modules, sys.modules["math"] is math)
print(type(sys.modules).__name__, type(sys.path).__name__)
print(all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
main = sys.modules["__main__"]
value = 42
print(main.value, main.__name__)
print(hasattr(sys, "argv"), hasattr(sys, "stdout"), hasattr(sys, "stderr"))
print(sorted(m for m in ("sys", "math") if m in sys.modules))
