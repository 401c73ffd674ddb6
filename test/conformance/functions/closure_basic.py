# closures capture variables of enclosing functions
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_multiplier_list():
    return [make_adder(i) for i in range(3)]
print([f(100) for f in make_multiplier_list()])
def outer():
    msg = "hello"
    def middle():
        def inner():
            return msg + "!"
        return inner
    return middle()
print(outer()())
def power(exp):
    return lambda base: base ** exp
print(power(2)(9), power(3)(2))
def counter_pair():
    n = [0]
    return (lambda: n.append(1) or len(n)), (lambda: len(n))
inc, get = counter_pair()
print(inc(), inc(), get())
