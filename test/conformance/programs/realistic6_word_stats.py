"""Text statistics: re, Counter, str methods, textwrap, sorted with keys, zip/enumerate."""
import re
import string
import textwrap
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only. There were a king with a large jaw and a queen with a plain face, on the
throne of England; there were a king with a large jaw and a queen with a fair
face, on the throne of France."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), "words,", len(freq), "distinct")
print(freq.most_common(8))
print([w for w, c in freq.items() if c == 1][:10])
longest = sorted(freq, key=lambda w: (-len(w), w))[:5]
print(longest)

sentences = [s.strip() for s in re.split(r"(?<=[.;])\s+", TEXT) if s.strip()]
for i, s in enumerate(sentences, 1):
    print(f"{i}. {len(s.split()):3d} words, starts {s[:20]!r}")

bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) + f"={n}" for b, n in bigrams.most_common(5)])
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
total = sum(letters.values())
for ch, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{ch}: {n:3d} {n / total:6.2%} {'#' * (n // 8)}")
print("missing letters:", "".join(sorted(set(string.ascii_lowercase) - letters.keys())))

by_first = defaultdict(set)
for w in words:
    by_first[w[0]].add(w)
print({k: len(v) for k, v in sorted(by_first.items()) if len(v) > 3})

para = " ".join(TEXT.split())
print(textwrap.fill(para[:300], width=50, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(para, width=60, placeholder=" [...]"))
print(textwrap.dedent("""\
        first
          second
        third""").splitlines())
caps = re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "it was the season of light")
print(caps, caps.swapcase(), caps.title() == caps, "it's o'neil".title(), string.capwords("it's o'neil"))
table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("the age of foolishness".translate(table), "abc".translate(str.maketrans("ab", "xy", "c")))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.subn(r"of", "OF", TEXT)[1])
m = re.search(r"(?P<who>king|queen) with a (?P<adj>\w+) (?P<what>\w+)", TEXT)
print(m.groupdict(), m.span(), m.group("adj", "what"), m.start("what"))
print([m.group(0) for m in re.finditer(r"\b\w+ly\b", TEXT)], re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None)
print(re.split(r"(,|;)", "a,b;c"), re.escape("1+1=2?"), re.findall(r"(\w)\1", "bookkeeper"))
print("|".join(w.center(9, "*") for w in ["it", "was", "best"]), "x".zfill(4), "-42".zfill(6), "%-6s|%5.1f|%+d|%x|%o|%e" % ("ab", 3.14159, 5, 255, 8, 12345.678))
print(f"{'times':>10}|{'times':<10}|{'times':^11}|{12345678:_}|{0.5:%}|{1e-7:g}|{-3.5:=+8.2f}|{42:#010b}")
