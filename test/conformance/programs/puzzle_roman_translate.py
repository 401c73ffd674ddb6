# Rosetta-style: Roman numerals both ways, str.translate/maketrans ciphers, Caesar/Atbash/ROT13, Luhn
import string
import codecs

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, sym in PAIRS:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)


VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def from_roman(s):
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = VALUES[a]
        total += -v if b != " " and VALUES[b] > v else v
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1666, 1990, 2024, 3999):
    r = to_roman(n)
    print(f"{n:>5} {r:<15} {from_roman(r):>5} {from_roman(r) == n}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: (len(to_roman(n)), n)), to_roman(3888))

lower, upper = string.ascii_lowercase, string.ascii_uppercase


def caesar(text, k):
    k %= 26
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)


msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
for k in (3, -3, 13, 26, 52 + 1):
    print(k, caesar(msg, k))
print(caesar(caesar(msg, 7), -7) == msg, codecs.encode(msg, "rot13") == caesar(msg, 13))
atbash = str.maketrans(lower + upper, lower[::-1] + upper[::-1])
print(msg.translate(atbash))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print(msg.translate(strip_vowels))
mixed = str.maketrans({"a": "4", "e": "3", "o": None, "t": "+-+", ord("s"): 36})
print(msg.lower().translate(mixed))
print(str.maketrans("ab", "xy"), sorted(str.maketrans({"q": 1}).items()))
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print("ValueError:", e)
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))


def luhn(number):
    digits = [int(d) for d in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


for num in (49927398716, 49927398717, 1234567812345678, 1234567812345670):
    print(num, luhn(num))
