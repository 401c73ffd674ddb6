# re.Scanner: a lexer from (pattern, action) phrases; callable actions, None dropped, the unmatched rest
import re


def number(scanner, text):
    return ("NUM", float(text) if "." in text else int(text))


def ident(scanner, text):
    kind = "KW" if text in ("let", "in", "if") else "ID"
    return (kind, text, scanner.match.span())


scanner = re.Scanner([
    (r"\d+\.\d*|\d+", number),
    (r"[A-Za-z_]\w*", ident),
    (r"[-+*/=()]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("let x = 3.5 * (y + 42) in x"))
print(scanner.scan("a + 1 ? b"))
print(scanner.scan(""), scanner.scan("   "), scanner.scan("?"))
print(len(scanner.lexicon), scanner.scanner.groups)
words = re.Scanner([(r"(?:ab)+", "ABS"), (r"a|b", lambda s, t: t.upper()), (r"c(d)?", lambda s, t: "C" + str(s.match.lastindex))], re.I)
print(words.scan("abABaBcCdbx"))
print(re.Scanner([(r"x*", "X")]).scan("yyy"), re.Scanner([(r"(a)(b)", "AB"), (r"c", "C")]).scan("abcab!"))
print(hasattr(re, "Scanner"), hasattr(re, "NoSuchThing"))
try:
    re.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)
