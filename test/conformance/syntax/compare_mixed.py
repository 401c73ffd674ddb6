# comparisons across types: int/float/bool equality, None, membership, identity
print(1 == 1.0, 0 == False, 1 == True, 2 == True, 0.0 == -0.0)
print(1 != 1.0, 3 < 3.5, -1 > -1.5, 10**20 > 1e19)
print(None == None, None is None, None is not None, None == 0, None == False)
print(1 == "1", "1" == 1, [] == (), [1] == [1.0], (1, 2) == (1, 2))
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "bc" in "abc", "" in "abc")
print(2 in (1, 2.0), 1 in {1: "a"}, "a" in {1: "a"})
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(True is True, (1 == 1) is True, (1 < 2) is True)
print([] == [], {} == {}, {1: 2} == {1: 2.0})
print(1 < True + 1, False < True)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [3] > [2, 9])
