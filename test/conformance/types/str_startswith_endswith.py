# startswith / endswith with tuples and start/end positions
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")), s.startswith(()))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""))
print("abc".startswith("abcd"), "abc".startswith("bc", 1), "abc".startswith("b", -2))
for name in ["test_a.py", "main.py", "test_b.txt", "README"]:
    print(name, name.startswith("test_") and name.endswith(".py"))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)
