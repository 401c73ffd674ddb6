# A parameter default left out is "expected default value expression" at the =
def area(width, height=, depth=1):
    return width * height
