# sort with key and reverse is stable
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25), ("ed", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (n % 2, n))
print(nums)
data = [[2, "b"], [1, "a"], [2, "a"], [1, "b"]]
data.sort()
print(data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([1.5, 1, -2, 0.5]), sorted([], reverse=True))
