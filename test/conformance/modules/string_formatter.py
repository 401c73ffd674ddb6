# string.Formatter: numbering, nested specs, conversions, overridden steps, and _string's parser
import string
f = string.Formatter()
for fs, a, k in [("{} {}", (1, 2), {}), ("{0}{}", (1,), {}), ("{}{0}", (1,), {}), ("{a.real} {b[0]} {b[x]}", (), {"a": 3, "b": {0: "z", "x": "y"}}), ("{0:{1}}", (3.14159, ".2f"), {}), ("{:{}}", ("ab", ">5"), {}), ("{0!s:>4}{0!r}{0!a}", ("é",), {}), ("{0!x}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{x}", (), {}), ("{5}", (), {}), ("{{}} }", (), {}), ("{0[1]x}", ([1, 2],), {})]:
    try:
        print(repr(fs), repr(f.format(fs, *a, **k)))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(repr(fs), type(e).__name__, e)
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(map(str, unused))))
try:
    Strict().format("{0} {a}", 1, 2, a=1, b=2)
except ValueError as e:
    print(e)
print(list(f.parse("x{0!r:^{w}}y{{")), f.get_field("0.real", (5,), {}), f.get_value("k", (), {"k": 1}), f.convert_field(1, None))
import _string
print(_string.formatter_field_name_split("a.b[0][c]")[0], list(_string.formatter_field_name_split("a.b[0][c]")[1]))
try:
    _string.formatter_parser(5)
except TypeError as e:
    print(type(e).__name__, e)
