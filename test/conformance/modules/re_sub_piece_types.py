# re.sub: a replacement of the wrong type (or a callable returning one) fails when the pieces are joined, after every call, naming its index; None adds nothing
import re
tests = [("a", lambda m: 5, "a"), ("a", lambda m: 5, "xa"), ("a", lambda m: "" if m.start()==0 else 5, "aa"), ("a", lambda m: "q" if m.start()==0 else 5, "aa"), ("a", lambda m: "q" if m.start()==0 else 5, "axa"), ("a", lambda m: None if m.start()==0 else 5, "axa"), (b"a", "b", b"xa"), ("a", b"b", "xa"), ("a", b"b", "xaa"), (b"a", "", b"a"), ("a", b"", "xa"), (b"a", lambda m: "s", b"yyaya"), (b"a", "b", b"xyz"), ("a", lambda m: None, "aba"), ("a", lambda m: b"x", "a"), (b"a", lambda m: bytearray(b"B"), b"xa"), ("a", lambda m: 5, "xyz")]
for p, r, s in tests:
  try: print(repr(re.sub(p, r, s)), re.subn(p, r, s)[1])
  except TypeError as e: print(type(e).__name__, e)
def f(m):
  print("called", m.start()); return 5
try: re.sub("a", f, "aa")
except Exception as e: print(type(e).__name__, e)
