# a keyword argument given twice is a compile-time error at its second occurrence
def f(**kw):
    return kw
print(f(a=1, y=2, a=3))
