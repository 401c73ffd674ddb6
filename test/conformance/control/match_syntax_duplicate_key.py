# A mapping pattern cannot check the same literal key twice (1 and True are one key).
print("never printed")
match {}:
    case {"a": 1, 1: 2, True: 3}:
        pass
