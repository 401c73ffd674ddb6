# Python 2 inequality <> : CPython reads it as one token and underlines both characters
print("checking")
if 3 <> 4:
    print("differ")
