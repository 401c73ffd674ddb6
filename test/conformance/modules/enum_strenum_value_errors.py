# StrEnum checks encoding and errors; a custom __new__ that leaves _value_ unset, with arguments
# the data type refuses, is '_value_ not set in __new__' (the data type's error as its cause).
import sys
from enum import Enum, StrEnum
for body in ["one = 1", "one = '1'\n    two = 2,", "one = '1'\n    two = b'2', sys.getdefaultencoding", "one = '1'\n    two = b'2', 'ascii', 9", "one = b'2', 'ascii', 'strict', 1"]:
    try:
        exec("class F(StrEnum):\n    " + body)
        print('ok')
    except TypeError as e:
        print(e)
try:
    class Combined(str, Enum):
        def __new__(cls, value, sequence):
            enum = str.__new__(cls, value)
            enum.sequence = sequence
            return enum
        key_type = 'An$(1,2)', 0
except TypeError as e:
    print(e, '|', e.__cause__)
