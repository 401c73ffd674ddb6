# return in finally overrides a pending return and discards a pending exception
def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception discarded"
print(swallow())
def swallow_from_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("raised in handler")
    finally:
        return "handler exception discarded too"
print(swallow_from_handler())
def conditional(flag):
    try:
        raise RuntimeError("maybe")
    finally:
        if flag:
            return "returned"
try:
    print(conditional(True))
    print(conditional(False))
except RuntimeError as e:
    print("propagated:", e)
import sys
def info():
    try:
        raise TypeError("t")
    finally:
        return sys.exc_info()[0].__name__
print("exc_info in finally:", info(), sys.exc_info())
