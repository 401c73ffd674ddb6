# KeyboardInterrupt raised by the program is a BaseException: except Exception lets it through
def work():
    raise KeyboardInterrupt
try:
    try:
        work()
    except Exception:
        print("never")
    finally:
        print("finally runs")
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, repr(e), e.args)
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    raise KeyboardInterrupt("with message")
except BaseException as e:
    print(repr(e), str(e))
