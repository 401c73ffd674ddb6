# Characters outside the BMP whose UTF-16 low surrogate is U+DC80..U+DCFF (💻 U+1F4BB, 💀, 💩)
# in string literals, f-strings, bytes escapes, comments and a traceback's source line  # 💻
laptop = "💻"
skull = '💀 and 💩'
print(laptop, len(laptop), hex(ord(laptop)), skull, len(skull), [hex(ord(c)) for c in skull])
print(f"{laptop}{skull!r:>12}|", "👩‍💻".encode("utf-8").hex(" "), "\U0001F4BB" == laptop, r"💻\n")
words = {"💻": "computer", "💀": "skull"}
print(words["💻"], sorted(words), "💻💀".find("💀"), "x💻y".split("💻"))


def fail(item):
    return {"💻": 1}[item]  # 💩


fail("💀")
