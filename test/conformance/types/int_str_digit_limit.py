# str() and repr() of an int past 4300 digits raise ValueError (CPython 3.11's limit)
x = 10**5000
try:
    print(str(x))
except ValueError as e:
    print(e)
try:
    print(x)
except ValueError as e:
    print(e)
print(len(str(10**4000)))
