# sys.version_info comparisons (never the exact version string)
import sys
print(sys.version_info[:2] >= (3, 8), sys.version_info[:2] >= (3, 11))
print(sys.version_info >= (3,), sys.version_info < (4,), sys.version_info > (2, 7))
print(sys.version_info[0], sys.version_info.major)
print(sys.version_info.major == 3, sys.version_info.minor >= 8)
print(isinstance(sys.version_info[1], int), len(sys.version_info[:2]))
print(type(sys.version_info[:2]).__name__)
if sys.version_info >= (3, 0):
    print("python 3")
major, minor = sys.version_info[:2]
print(major == 3, minor > 0)
print(isinstance(sys.version, str), sys.version.startswith("3."))
