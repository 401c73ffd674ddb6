# replace, find, rfind, index, rindex and their optional arguments
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 2), s.replace("xyz", "q"))
print("aaaa".replace("a", "b", 0), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print(s.find("the"), s.find("the", 1), s.find("the", 16, 30), s.find("dog"))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("zzz"))
print(s.index("cat"), s.rindex("at"), s.find(""), s.rfind(""))
print("abc".find("c", -1), "abc".find("a", -1), "abcabc".find("bc", 2))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print("hello".find("l"), "hello".rfind("l"), "hello".find("lo", 2, 4))
