# A program that reads its own source: line stats, a token census, and a quine-ish check.
import io
import tokenize
import keyword
from collections import Counter

with open(__file__, encoding="utf-8") as fh:
    source = fh.read()
lines = source.splitlines()
print("lines:", len(lines), "blank:", sum(1 for l in lines if not l.strip()), "comments:", sum(1 for l in lines if l.lstrip().startswith("#")))
longest = max(range(len(lines)), key=lambda i: len(lines[i]))
print("longest line:", longest + 1, len(lines[longest]))
print("first line:", lines[0])
print("indent levels:", sorted(Counter((len(l) - len(l.lstrip())) // 4 for l in lines if l.strip()).items()))

toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
kinds = Counter(tokenize.tok_name[t.type] for t in toks)
print("token kinds:", sorted(kinds.items()))
names = Counter(t.string for t in toks if t.type == tokenize.NAME)
kw = {n: c for n, c in names.items() if keyword.iskeyword(n)}
print("keywords:", sorted(kw.items()))
print("top names:", sorted(((n, c) for n, c in names.items() if not keyword.iskeyword(n)), key=lambda x: (-x[1], x[0]))[:5])
strings = [t.string for t in toks if t.type == tokenize.STRING]
print("string literals:", len(strings), "longest:", max(strings, key=len)[:30])
first_def = next(t for t in toks if t.string == "def")
print("first def at:", first_def.start, repr(first_def.line.strip()))


def mark(n):
    # this function marks the spot
    return f"marker-{n}"


here = next(i for i, l in enumerate(lines, 1) if "this function marks the spot" in l)
print("comment found at line", here, mark(here))
with open(__file__, "rb") as fh:
    raw = fh.read()
print("bytes:", len(raw), "utf-8 ok:", raw.decode("utf-8") == source, "ends with newline:", raw.endswith(b"\n"))
with open(__file__) as fh:
    for i, line in enumerate(fh, 1):
        if line.startswith("def "):
            print(f"  {i:>3}: {line.rstrip()}")
    print("after loop, tell is end:", fh.tell() == len(raw))
words = Counter(w.strip("()[]{}:,.'\"=") for w in source.split())
print("'print' appears", words["print"], "times as a bare word;", "lines with print(:", sum("print(" in l for l in lines))
print(__file__.endswith("realistic3_self_source.py"), __name__, __doc__)
code = compile(source, __file__, "exec")
print(code.co_filename == __file__, "mark" in code.co_names, type(code).__name__)
