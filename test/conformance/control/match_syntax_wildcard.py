# A wildcard (without a guard) must be the last case.
print("never printed")
match 1:
    case _:
        pass
    case 1:
        pass
