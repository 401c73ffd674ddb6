assert x
assert x, "message"
assert not (a and b)
raise
raise ValueError
raise ValueError("m") from exc
