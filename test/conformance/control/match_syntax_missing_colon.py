# `match` with a subject but no ':' is a match statement missing its colon.
print("never printed")
match = [1]
match[0]
match x
    case 1:
        pass
