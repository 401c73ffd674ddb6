# a backslash continuing the last line onto the end of the file: unexpected EOF while parsing
def f():
    return 1 + \
