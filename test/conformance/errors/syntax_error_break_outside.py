# break outside a loop is a compile-time error
print("never printed")
for i in range(3):
    if i == 1:
        break
while True:
    break
def f():
    for j in range(2):
        pass
    break
f()
