# lexicographic comparison of lists, tuples and strings
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100])
print((1, "b") < (1, "c"), (2,) > (1, 9, 9), () == ())
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "abc" <= "abc")
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1]])
print(sorted(["b", "B", "a", "A", "_", "1"]))
print(sorted([(2, "a"), (1, "z"), (2, "A"), (1, "a")]))
print(max("hello"), min("hello"), max([3, 1], [2, 9]))
print([1, 2] == [1, 2], [1, 2] != [2, 1], (1, 2) == [1, 2])
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, 2) < [1, 2])
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1])
