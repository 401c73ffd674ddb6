# explicit and implicit line continuation, semicolons and comments
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,  # first
    2,
    # a comment line inside brackets
    3,
]
print(values)
result = (10
          - 4
          * 2)
print(result)
a = 1; b = 2; c = a + b
print(a, b, c)
if a: print("inline if")
for i in range(2): print("inline for", i)
def f(x,
      y=2,
      *args):
    return x + y
print(f(1,
        2))
d = {"k":
     "v"}
print(d)
s = ("abc"
     "def")
print(s)
