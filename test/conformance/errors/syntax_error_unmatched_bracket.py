# a closing bracket with no matching opening bracket
print("never printed")
data = {"a": [1, 2, 3]}
def first(key):
    return data[key][0]
print(first("a"))
matrix = [[1, 2],
          [3, 4]]
items = data["a"]]
print(items)
