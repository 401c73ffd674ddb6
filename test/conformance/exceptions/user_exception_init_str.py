# user classes deriving from built-in exceptions with their own __init__ and __str__
class ParseError(ValueError):
    def __init__(self, line, text):
        self.line = line
        self.text = text
    def __str__(self):
        return "line %d: %s" % (self.line, self.text)
e = ParseError(3, "unexpected token")
print(str(e), "|", e.args, "|", repr(e))
print(isinstance(e, ValueError), isinstance(e, Exception))
try:
    raise ParseError(7, "eof")
except ValueError as err:
    print("caught as ValueError:", err, err.line)
class WithSuper(KeyError):
    def __init__(self, key):
        super().__init__("missing " + key)
        self.key = key
w = WithSuper("k")
print(str(w), repr(w), w.args, w.key)
class Plain(LookupError):
    pass
print(repr(Plain(1, 2)), str(Plain("one")))
class Repr(Exception):
    def __repr__(self):
        return "Repr<%s>" % ",".join(map(str, self.args))
print(repr(Repr(1, 2)), str(Repr(1, 2)))
class Defaults(Exception):
    def __init__(self, msg="default message", code=0):
        super().__init__(msg)
        self.code = code
print(Defaults(), Defaults().code, Defaults("x", code=5).code)
