# String building, splitting, joining and a word-count dict.
import sys

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    parts = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[seed % len(WORDS)]
        if seed & 16:
            w = w.upper()
        parts.append(w)
        if i % 13 == 12:
            parts.append("\n")
    return " ".join(parts)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            key = word.lower().strip()
            counts[key] = counts.get(key, 0) + 1
    return counts


def build(counts):
    out = ""
    for k in sorted(counts):
        out += k[:3] + "=" + str(counts[k]) + ";"
    return out


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
text = make_text(n)
counts = count_words(text)
summary = build(counts)
acc = 0
for ch in summary:
    acc = (acc * 33 + ord(ch)) % 1000000007
print("checksum", len(text), len(counts), acc, text.count("ALPHA"), text.replace("a", "").find("PSI"))
