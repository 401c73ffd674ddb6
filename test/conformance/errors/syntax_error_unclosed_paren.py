# an unclosed parenthesis is reported at the opening bracket
print("never printed")
values = [1, 2, 3]
pairs = {
    "a": (1, 2),
    "b": [3, 4],
}
total = sum(values
print(total)
y = 2
