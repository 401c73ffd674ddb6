# case conversion: upper, lower, title, capitalize, swapcase, casefold
words = ["hello world", "HELLO", "mIxEd CaSe", "o'neil's dog", "x1y2 z3", "", "ß straße", "ÉCOLE élève"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("Straße".casefold(), "ABC".casefold())
print("hello world".title().istitle(), "Hello World".istitle(), "Hello world".istitle())
print("hello"[0].upper() + "hello"[1:], "HeLLo".lower().capitalize())
for w in ["apple pie", "a-b_c d", "123abc", "ABC DEF"]:
    print(w.title(), w.capitalize(), w.upper().lower() == w.lower())
print("ABC".lower().upper(), "Title".istitle(), "tItLe".title())
