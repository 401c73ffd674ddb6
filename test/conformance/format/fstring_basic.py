# f-strings: expressions, function calls, quotes, dict and attribute access
name = "World"
n = 7
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}, halved is {n / 2}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
d = {"key": "value"}
print(f"{d['key']} {d}")
items = [1, 2, 3]
print(f"{items} {items[0]} {sum(items)} {[i * 2 for i in items]}")
print(f"{'nested quotes'} {'x' if n > 5 else 'y'}", f'{"double inside single"}')
print(f"{n > 5} {n == 7 and 'yes'} {None}")
class P:
    v = 42
print(f"{P.v} {P().v + 1}")
print(f"{(lambda x: x + 1)(1)}")
print(f"{3.0} {1e16} {0.1 + 0.2}")
print(f"a" f"b" f"{n}" "plain")
print(f"{n}{n}{n}", f"", f"{''}")
print(f"{n:{''}}", F"upper F {n}")
print(rf"raw \n {n}", fr"\t{name}")
