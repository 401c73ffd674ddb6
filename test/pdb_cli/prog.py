import sys

def add(a, b):
    c = a + b
    return c

def main():
    x = 1
    y = add(x, 2)
    for i in range(2):
        x += i
    print("x", x, y)
    return x

main()
print("done", sys.argv[1:])
