# A comprehension missing its "in": the target part is read as an expression that lacks a comma
squares = [n * n for n range(10)]
