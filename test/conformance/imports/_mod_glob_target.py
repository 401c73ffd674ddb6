# helper: a module whose globals other modules write
value = 1
def get_value():
    return value
def get_len(s):
    return len(s)
