# a cause whose own context is suppressed: the printed chain stops there
def low():
    try:
        int("x")
    except ValueError:
        raise KeyError("low") from None
def high():
    try:
        low()
    except KeyError as e:
        raise TypeError("high") from e
high()
