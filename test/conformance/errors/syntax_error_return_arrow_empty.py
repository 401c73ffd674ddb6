# A return arrow with nothing after it
def area(w, h) -> :
    return w * h
