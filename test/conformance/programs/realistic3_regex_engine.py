# A tiny backtracking regex engine compared with the re module.
import re


def match_here(pat, text):
    if not pat:
        return True
    if len(pat) > 1 and pat[1] == "*":
        return match_star(pat[0], pat[2:], text)
    if pat == "$":
        return not text
    if text and (pat[0] == "." or pat[0] == text[0]):
        return match_here(pat[1:], text[1:])
    return False


def match_star(c, pat, text):
    i = 0
    while True:
        if match_here(pat, text[i:]):
            return True
        if i < len(text) and (c == "." or text[i] == c):
            i += 1
        else:
            return False


def tiny_search(pat, text):
    if pat.startswith("^"):
        return match_here(pat[1:], text)
    return any(match_here(pat, text[i:]) for i in range(len(text) + 1))


cases = [("ab*c", "ac"), ("ab*c", "abbbc"), ("^ab", "cab"), ("a.c$", "xxabc"), ("a.c$", "abcx"), ("x*", ""), ("^$", "")]
for p, t in cases:
    mine = tiny_search(p, t)
    theirs = re.search(p, t) is not None
    print(f"{p!r:>8} {t!r:>8} tiny={mine!s:<5} re={theirs!s:<5} {'ok' if mine == theirs else 'MISMATCH'}")

LOG = """\
2024-03-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-03-01 12:05:22 WARN  user=bob action=upload size=1.5MB ip=10.0.0.7
2024-03-01 12:07:00 ERROR user=alice action=delete path=/tmp/x.txt
2024-03-02 08:00:00 INFO  user=carol action=login ip=192.168.1.20
"""
line_re = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>[\d:]{8})\s+
    (?P<level>[A-Z]+)\s+
    (?P<rest>.*)
""", re.VERBOSE)
for m in line_re.finditer(LOG):
    kv = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    print(m.group("date", "level"), m.start(), m.end("time"), kv)
print(line_re.groupindex, line_re.groups, line_re.flags & re.VERBOSE != 0, line_re.pattern.count("\n"))

text = "The year 1999 and 2024; also 42 and 7."
print(re.sub(r"\d+", lambda m: f"<{int(m.group()) * 2}>", text))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<y>\d{4})", r"[\g<y>]", text), re.subn(r"a", "A", "banana"))
print(re.sub(r"\s+", " ", "  lots   of \t space\n here "), re.sub("x*", "-", "abc"))
print(re.split(r"([,;])\s*", "a, b;c,d"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"(?:x)|(y)", "axbyc"))
print(re.fullmatch(r"[a-z]+\d*", "abc123"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.match(r"(\d+)-(\d+)?", "12-").groups(), re.match(r"(\d+)-(\d+)?", "12-").groups("none"))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "contact: bob@example.com!")
print(m, m.groupdict(), m.span("host"), m.re.pattern, m.string[m.start():m.end()], m.lastgroup, m.lastindex)
print(m.expand(r"\g<host> / \1"), m[0], m[2])
print(re.findall(r"\b[A-Z]\w*", "Alice met Bob in Paris"), re.findall(r"(a)(b)?", "ab a"))
print(re.escape("1+1=2? [yes] (a.b) ^$ x-y"), re.escape("under_score"))
ci = re.compile(r"^hello", re.IGNORECASE | re.MULTILINE)
print(ci.findall("Hello\nhello\nHELLO there\n say hello"), ci.flags & (re.I | re.M) == re.I | re.M)
print(re.findall(r"(?s)a.b", "a\nb"), re.findall(r"a.b", "a\nb"), re.findall(r"(?i)straße", "STRASSE Straße"))
print(re.search(r"(?<=\$)\d+(?:\.\d\d)?", "cost: $19.99").group(), re.findall(r"\d+(?!px)\b", "10px 20em 30"))
print(re.findall(r"(\w)\1", "aabbcd eef"), re.sub(r"(?m)^", "> ", "one\ntwo"))
print(re.match(r"a{2,3}?", "aaaa").group(), re.match(r"a{2,3}", "aaaa").group(), re.findall(r"<.*?>", "<a><b>"))
print(re.compile(r"\d").sub("#", "a1b22", count=2), repr(re.compile(r"x+", re.I)))
print([m.group() for m in re.finditer(r"\w+", "héllo wörld café")], re.findall(r"\w+", "héllo", re.ASCII))
sc = re.Scanner([(r"\d+", lambda s, t: ("NUM", int(t))), (r"[+*/-]", lambda s, t: ("OP", t)), (r"\s+", None)])
print(sc.scan("12 + 3*4 - x"))
for bad in (r"(abc", r"a{2,1}", r"[z-a]", r"(?P<1>x)", "*a"):
    try:
        re.compile(bad)
    except re.error as e:
        print(f"re.error {bad!r}: {e} (pos {e.pos})")
