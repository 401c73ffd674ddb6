# the loop variable keeps its last value; it is unbound if the loop never ran
for i in range(5):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
def f():
    for k in []:
        pass
    try:
        return k
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
for i in range(3):
    i = i * 100
    print(i, end=" ")
print()
print(i)
for x in "abc":
    if x == "b":
        break
print(x)
