# string concatenation, comparison and ordering by code point
print("abc" + "def", "ab" * 3, "a" + "" + "b")
print("apple" < "banana", "apple" < "apples", "Z" < "a", "é" > "z")
print("abc" == "abc", "abc" != "ABC", "abc".upper() == "ABC")
print(sorted(["pear", "Apple", "apple", "banana", "Banana", "10", "9"]))
print(max(["aa", "b", "ab"]), min("zebra"))
print("a" < "b" < "c", "abc" < "abd" < "b")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("3" + str(4), int("3") + 4, "%s%s" % (3, 4))
