def f(x):
    match x:
        case 0 | None:
            return 1
        case [a, *rest] if a:
            return rest
        case {'k': v, **kw}:
            return v, kw
        case Point(1, y=(2 | 3) as y):
            return y
        case _:
            return 0
