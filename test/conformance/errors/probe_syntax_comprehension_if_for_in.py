# A comprehension clause with "if" where "in" belongs: the target part is an if expression without else
evens = [n for n if n % 2 == 0]
