# an uncaught IndexError raised inside a while loop
stack = [1, 2, 3]
print("initial stack", stack)
while True:
    item = stack.pop()
    print("popped", item)
    if item == 1:
        print("stack now", stack)
        stack.pop()
print("not reached")
