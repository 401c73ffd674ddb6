# helper module (not a test): functions that raise exceptions
def divide(a, b):
    return a / b
def compute(values):
    total = 0
    for v in values:
        total += divide(10, v)
    return total
def fail(msg):
    raise ValueError(msg)
