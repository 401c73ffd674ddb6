# dedenting to a column that matches no enclosing block
print("never printed")
def ok():
    for i in range(2):
        print(i)
    return "ok"
def f(flag):
    if flag:
            a = 1
        b = 2
    return 3
print(ok(), f(True))
