# An int subclass is an int already: index(), %-formatting, hex() and int(s, base) use its value, not its __index__ or __int__
class IntSub(int):
    def __index__(self): return 99
    def __int__(self): return 98
    def __float__(self): return 0.5
    def __str__(self): return "S"
    def __repr__(self): return "R"
    def __format__(self, spec): return "F" + spec
x = IntSub(5)
for t in ["'%d|%i|%u|%x|%o|%c|%s|%r|%f|%e' % (x, x, x, x, x, IntSub(65), x, x, x, x)", "b'%d|%x|%c' % (x, x, IntSub(66))", "hex(x)", "oct(x)", "bin(x)", "[1,2,3,4,5,6,7][x]", "'abcdefg'[x:]", "range(x)", "int(x)", "float(x)", "str(x)", "f'{x}|{x:>3}'", "format(x, 'd')", "'{:d}'.format(x)", "x + 1", "math.floor(x)", "round(x)", "abs(x)", "operator.index(x)", "list(range(20))[x]", "bytes([x])", "chr(x)", "x.to_bytes(1, 'big')", "int.__index__(x)", "divmod(x, 2)", "math.factorial(x)", "[0]*x", "int(str(x) if False else 5, base=x+5)", "json.dumps(x)", "json.dumps({x: 1})"]:
    import math, operator, json
    try: print(t, "=>", repr(eval(t)))
    except Exception as e: print(t, "!!", type(e).__name__, e)
