# text processing: word frequencies, n-grams, a simple tokenizer, str methods, regex with named groups
import re
from collections import Counter, defaultdict
import string
import unicodedata

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Naïve café owners paid 3.50€ or $4 — "quoted" text; e-mail: a.b@c.org!"""

words = re.findall(r"[a-zà-ÿ]+(?:'[a-z]+)?", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq), freq.most_common(5))
print(sorted(w for w, n in freq.items() if n == 1)[:8])
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
print({k: sorted(v)[:3] for k, v in sorted(by_len.items())})
print(TEXT.count("it was"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("Light"), TEXT.startswith("It"), TEXT.endswith("!"))
first = TEXT.splitlines()[0]
print(first.title(), first.swapcase()[:20], first.center(90, "."), sep="\n")
print(first.split(", ", 2), first.rsplit(" ", 3), first.partition("best"), first.rpartition("of"))
print("  pad  ".strip(), "xxhixx".strip("x"), "a-b-c".replace("-", "+", 1), "Tab\tbed".expandtabs(4), "ab".zfill(5), "-42".zfill(6))
print("hello world".capitalize(), "ß".upper(), "İ".lower(), "ﬁ".casefold(), "Σσς".lower(), "ǅ".istitle())
print("abc123".isalnum(), "٣".isdigit(), "½".isnumeric(), "½".isdecimal(), " \t".isspace(), "Ab".isidentifier(), "class".isidentifier())
table = str.maketrans({"a": "4", "e": "3"}, )
print("leetspeak here".translate(table), "remove vowels".translate(str.maketrans("", "", "aeiou")))
print(unicodedata.normalize("NFD", "café") == "café", len(unicodedata.normalize("NFD", "café")), unicodedata.name("€"), unicodedata.category("a"))
print(" ".join(reversed(first.split())), "".join(sorted(set(string.ascii_lowercase) - set(first.lower()))))
TOKEN = re.compile(r"(?P<num>\d+(?:\.\d+)?)|(?P<cur>[€$])|(?P<word>\w+)|(?P<punct>[^\w\s])")
last_line = TEXT.splitlines()[-1]
toks = [(m.lastgroup, m.group()) for m in TOKEN.finditer(last_line)]
print(toks[:12])
print(Counter(kind for kind, _ in toks))
email = re.search(r"(?P<user>[\w.]+)@(?P<host>[\w.]+?)\.(?P<tld>[a-z]{2,})", TEXT)
print(email.groupdict(), email.span(), email["host"], email.group(1, 3))
print(re.sub(r"(\w+) of (\w+)", r"\2's \1", first), re.subn(r"\s+", " ", "a  b \n c"))
print(re.split(r"[,.;]\s*", "a, b;c.  d"), re.split(r"(\d)", "a1b2c"), re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None)
print(re.sub(r"\b(\w)(\w*)", lambda m: m[1].upper() + m[2][::-1], "hello big world"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
caesar = lambda s, k: s.translate(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[k:] + string.ascii_lowercase[:k]))
print(caesar("attack at dawn", 3), caesar(caesar("attack at dawn", 3), -3))
vowels = sum(ch in "aeiouAEIOU" for ch in TEXT)
print(vowels, f"{vowels / len(TEXT):.2%}", max(TEXT.split(), key=len), min(words, key=lambda w: (len(w), w)))
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acr, "-".join(["x"] * 3), "%-10s|" % "left", "{:^10}|".format("mid"), f"{'right':>10}|")
