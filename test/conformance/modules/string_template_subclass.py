# string.Template: subclasses change delimiter, idpattern, braceidpattern or the whole pattern; identifiers, validity, errors
import string
T = string.Template
for tmpl in ["$who likes $what", "${who}x $$ $", "line1\n  $ bad", "$1", "${a", "$_a1 ${B}", "$K \u212a", "$ä", "a$$$b"]:
    t = T(tmpl)
    print(repr(tmpl), t.get_identifiers(), t.is_valid(), repr(t.safe_substitute(who="W", a=1)))
    try:
        print(repr(t.substitute({"who": 1, "what": 2, "_a1": 3, "B": 4, "K": 5, "b": 6}, what="kw")))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Pct(T):
    delimiter = "%"
class Dotted(T):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
class Brace(T):
    braceidpattern = r"[^}]+"
class Custom(T):
    pattern = r"""
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>) |
      (?P<invalid>)
    )"""
class NoGroups(T):
    pattern = r"@(?P<named>x)|(?P<escaped>q)|(?P<braced>r)|(?P<invalid>s)|@"
print(Pct("%a %% %{b}").substitute(a=1, b=2), Dotted("$a.b and $c").substitute({"a.b": "X", "c": "Y"}), Brace("${a b} $c").substitute({"a b": 1, "c": 2}))
print(Custom("[name] [[ [x").safe_substitute(name="N"), Custom.pattern.flags & 64 > 0, T.delimiter, T.idpattern, T.flags == 2)
try:
    NoGroups("@y").substitute()
except ValueError as e:
    print(type(e).__name__, e.args[0])
print(T("$x").substitute(x=[1]), T("$x").substitute({"x": 1}, x=2))
try:
    T("$x").substitute(None)
except TypeError as e:
    print(type(e).__name__, e)
