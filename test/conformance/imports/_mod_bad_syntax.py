# helper module (not a test): contains a syntax error, so importing it fails
def ok():
    return 1
value = (1 +
