try:
    f()
finally:
    g()
try:
    f()
except E as e:
    pass
finally:
    cleanup()
def r():
    try:
        return f()
    finally:
        g()
