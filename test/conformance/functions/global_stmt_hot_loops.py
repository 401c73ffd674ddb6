# `global` writes from a function called in loops, and reads of those globals elsewhere.
count = 0
def bump(n):
    global count
    count += n

def total():
    return count

def run(n):
    for i in range(n):
        bump(i)
        if total() != count:
            print("stale at", i)
    return count

for i in range(1000):
    bump(1)
print(count, total())
print(run(2000), total())

def drop():
    global count
    del count

drop()
try:
    total()
except NameError as e:
    print("NameError:", e)
try:
    bump(1)
except NameError as e:
    print("NameError:", e)
count = 5
print(run(10), total())

# a module-level while loop whose counter a function reads
i = 0
acc = 0
def get_i():
    return i
while i < 3000:
    acc += get_i()
    i += 1
print(acc, get_i())
