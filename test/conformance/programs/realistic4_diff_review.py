# A code-review diff tool: difflib SequenceMatcher ratios and opcodes, unified/context/ndiff
# output of two versions of a config file, intraline change markers, get_close_matches for
# typo suggestions, Differ on words, HtmlDiff-free side-by-side rendering, and filecmp-free stats.
import difflib
from collections import Counter

old = """[server]
host = 127.0.0.1
port = 8080
workers = 4
debug = true

[database]
url = postgres://localhost/app
pool = 5
timeout = 30
""".splitlines(keepends=True)
new = """[server]
host = 0.0.0.0
port = 8080
workers = 8

[database]
url = postgres://db.internal/app
pool = 5
timeout = 30
retries = 3

[cache]
backend = redis
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/app.ini", tofile="b/app.ini", fromfiledate="2024-01-01", tofiledate="2024-02-01")))
print("".join(difflib.unified_diff(old, new, n=0, lineterm="\n")))
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new", n=1)))
print("".join(difflib.ndiff(old[:5], new[:4])))
sm = difflib.SequenceMatcher(None, old, new)
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:<8} old[{i1}:{i2}] new[{j1}:{j2}]")
print([tuple(m) for m in sm.get_matching_blocks()])
print(list(sm.get_grouped_opcodes(1))[:1])
a, b = "postgres://localhost/app", "postgres://db.internal/app"
s2 = difflib.SequenceMatcher(None, a, b)
print(s2.find_longest_match(0, len(a), 0, len(b)), round(s2.ratio(), 4))
marks_a, marks_b = [], []
for tag, i1, i2, j1, j2 in s2.get_opcodes():
    marks_a.append(("^" if tag != "equal" else " ") * (i2 - i1))
    marks_b.append(("^" if tag != "equal" else " ") * (j2 - j1))
print(a, "".join(marks_a).rstrip(), b, "".join(marks_b).rstrip(), sep="\n")
commands = ["commit", "checkout", "cherry-pick", "clone", "config", "branch", "rebase", "reset", "restore", "status"]
for typo in ["comit", "chekout", "stauts", "rebas", "xyz", "confg", "brnch"]:
    print(f"{typo!r:>10} -> {difflib.get_close_matches(typo, commands, n=3, cutoff=0.6)}")
w1 = "the quick brown fox jumps over the lazy dog".split()
w2 = "the quick red fox jumped over the very lazy dog".split()
print(list(difflib.Differ().compare(w1, w2)))
print(list(difflib.ndiff(["abcdefg\n"], ["abXdefgh\n"])))
width = 34
print(f"{'OLD':<{width}}| NEW")
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    left = [l.rstrip("\n") for l in old[i1:i2]]
    right = [l.rstrip("\n") for l in new[j1:j2]]
    for k in range(max(len(left), len(right))):
        l = left[k] if k < len(left) else ""
        r = right[k] if k < len(right) else ""
        mark = {"equal": " ", "replace": "~", "delete": "-", "insert": "+"}[tag]
        print(f"{l:<{width - 2}}{mark} | {r}")
stats = Counter(line[0] for line in difflib.ndiff(old, new) if line[0] in "+-?")
print(dict(sorted(stats.items())), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
junk = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "abcd")
print(round(junk.ratio(), 4), junk.get_opcodes())
print("".join(difflib.restore(difflib.ndiff(old, new), 2)) == "".join(new))
