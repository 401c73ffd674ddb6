# Three chained exceptions: an explicit cause inside an implicit context
try:
    try:
        1/0
    except Exception as e:
        raise KeyError("k") from e
except Exception:
    raise RuntimeError("r")
