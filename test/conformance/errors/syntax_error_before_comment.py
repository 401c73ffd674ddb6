# A syntax error at the end of a line that ends in a comment: CPython underlines the comment (part of its NEWLINE token)
total = 0
for price in [3, 4]:
    total = total + # add the price
        price
print(total)
