# catching something that is not an exception class is a TypeError (only checked when an exception occurs)
try:
    print("no exception, handler expression not checked")
except 42:
    pass
try:
    try:
        1 / 0
    except "oops":
        print("never")
except TypeError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__)
try:
    try:
        [][0]
    except (IndexError, int):
        print("tuple with a non-class still matched IndexError first")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        {}[1]
    except undefined_name:
        print("never")
except NameError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)
