# an exception object stays usable after its `as` name is deleted if saved elsewhere
handlers = []
for word in ["3", "x", "y"]:
    try:
        int(word)
    except ValueError as e:
        saved = e
        handlers.append(lambda e=e: "late: " + str(e))
print([h() for h in handlers])
print(type(saved).__name__, saved.args)
def outer():
    try:
        raise KeyError("captured")
    except KeyError as exc:
        def show():
            return repr(exc)
        print(show())
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
outer()
