# return outside a function is a compile-time error
print("never printed")
def f():
    return 1
class C:
    def m(self):
        return 2
for i in range(3):
    print(f() + C().m())
return 5
