with open(p) as f:
    data = f.read()
with a, b as c:
    pass
with ctx() as (x, y):
    use(x, y)
