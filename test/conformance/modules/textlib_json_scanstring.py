# json.decoder.scanstring(s, end, strict): the string starting after a quote at end, its errors' positions in s
import json.decoder as d
for a in [('abc"x', 0), ('x"ab\\u00e9"', 2), ('"abc', 1), ('a\tb"', 0), ('a\tb"', 0, False), ('ab', 5), (5, 0), ('\\q"', 0), ('line\n2"', 0), ('{"k": "v\\n"}', 7), ('x\n"\\ud83d\\ude00y"', 3), ('', 0), ('"', 1)]:
    try:
        print(repr(d.scanstring(*a)))
    except Exception as e:
        print(type(e).__name__, e)
