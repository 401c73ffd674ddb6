# A bare name capture before other cases makes them unreachable: a compile-time SyntaxError.
print("never printed")

def f(command):
    match command:
        case "go":
            return 1
        case other:
            return 2
        case "stop":
            return 3
