# A name may be bound only once in a pattern.
print("never printed")
match (1, 2):
    case (x, {"k": [x]}):
        pass
