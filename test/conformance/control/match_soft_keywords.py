# match and case are soft keywords: everywhere but the start of a match statement they are names.
match = 1
case = 2
print(match, case)
match += 10
print(match)
match = [0, 1, 2]
match[0] = 5
print(match[0], match[1:])
match, case = case, match
print(match, case)
match: int = 3
print(match)

class Box:
    pass

match = Box()
match.case = "attr"
print(match.case)

def match(*args, **kwargs):
    return args, kwargs

print(match(1, case=2))
print(match (3))
match(4); match(5)

def case(match):
    return match * 2

print(case(21))
print([match for match in range(3)])
print({case: match for match, case in [(1, 2)]})
_ = "underscore"
print(_)

# A match statement whose subject is a call of the function named match.
match match(1):
    case ((1,), {}):
        print("subject is match(1)")

# `match` as the target of a nested match's capture.
match 7:
    case match:
        print("captured into the name match:", match)

import keyword
print(keyword.iskeyword("match"), keyword.issoftkeyword("match") if hasattr(keyword, "issoftkeyword") else True)

# A lambda's own ':' in the subject.
match lambda: 1:
    case f if f() == 1: print("lambda subject")
match lambda x: (lambda: x):
    case _: print("nested lambdas")
match = lambda: 2
print(match())
