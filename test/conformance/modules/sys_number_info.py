# sys.float_info, sys.int_info, sys.maxunicode and the encodings sys reports
import sys

print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0], len(sys.float_info))
print(type(sys.float_info), type(sys.int_info))
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff", sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_repr_style)
print(sys.float_info.max * 2, sys.float_info.min / 2 > 0, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
try:
    sys.float_info.max = 1
except AttributeError as e:
    print("AttributeError", e)
