# nonlocal at module level is a compile-time error
print("never printed")
def outer():
    count = 1
    def inner():
        nonlocal count
        count += 1
    inner()
    return count
print(outer())
nonlocal total
total = 0
