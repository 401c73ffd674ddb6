# An error in a nested list comprehension: two <listcomp> frames
m = [[1 / (i - j) for j in range(3)] for i in range(3)]
