# copies of lists: slicing, list(), copy() are shallow; assignment aliases
original = [1, [2, 3], {"k": 4}]
alias = original
by_slice = original[:]
by_list = list(original)
by_copy = original.copy()
original.append(5)
original[1].append(99)
original[2]["k"] = 40
print(original)
print(alias)
print(by_slice)
print(by_list)
print(by_copy)
print(by_slice == by_list == by_copy, by_slice is by_list)
print(by_slice[1] is original[1], alias is original)
deep = [row[:] for row in [[1, 2], [3, 4]]]
deep[0][0] = "changed"
print(deep)
t = tuple(original)
print(t[1] is original[1], type(t).__name__)
