# An uncaught one: the no-break space in a triple-quoted f-string's field.
x = 1
print(f'''{x} and { }''')
