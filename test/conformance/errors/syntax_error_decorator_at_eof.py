# a decorator left at the end of a file: no caret (the end marker has no column)
x = 1

@decorator(option=True)
