# an unexpected indent is reported before the unmatched bracket later on its line
x = 1
    y = x]
