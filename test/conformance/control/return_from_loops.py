# return from inside nested loops exits the function immediately
def find(matrix, target):
    for i, row in enumerate(matrix):
        j = 0
        while j < len(row):
            if row[j] == target:
                return (i, j)
            j += 1
    return None
m = [[1, 2], [3, 4], [5, 6]]
print(find(m, 4), find(m, 1), find(m, 7))
def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
print(first_even([1, 3, 8, 10]), first_even([1, 3]))
def early():
    print("start")
    return
    print("unreachable")
print(early())
def count_until(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n
print(count_until(50), count_until(0))
