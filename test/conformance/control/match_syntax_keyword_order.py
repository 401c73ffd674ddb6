# Positional sub-patterns cannot follow keyword sub-patterns.
print("never printed")
match p:
    case Point(x=0, 1, 2):
        pass
