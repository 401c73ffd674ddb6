# str.format with keyword fields and mixed positional/keyword arguments
print("{name} is {age}".format(name="Ann", age=30))
print("{greeting}, {0}! {0}?".format("Bob", greeting="Hi"))
data = {"city": "Oslo", "temp": -3}
print("{city}: {temp}C".format(**data))
print("{a}{b}{a}".format(a="x", b="y"))
print("{x:>6}|{y:<6}|".format(x="r", y="l"))
print("{0}-{k}-{1}".format(1, 2, k="K"))
try:
    "{missing}".format(other=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0}".format(zero=0)
except IndexError as e:
    print("IndexError:", e)
print("{_under} {x1}".format(_under="u", x1="one"))
