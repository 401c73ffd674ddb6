# count, partition and rpartition
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), s.count("x"))
print(s.count("a", 7), s.count("a", 0, 6), "aaaa".count("aa"))
print(s.partition(" "), s.rpartition(" "))
print(s.partition("an"), s.rpartition("an"))
print(s.partition("xyz"), s.rpartition("xyz"))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("".partition("x"), "x".partition("x"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
