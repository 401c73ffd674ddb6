# A for target that is not assignable, found by reading it as an expression
for key, not value in {}.items():
    pass
