# finally runs and the exception keeps propagating to an outer handler
log = []
def level2():
    try:
        log.append("level2 try")
        raise ValueError("deep")
    finally:
        log.append("level2 finally")
def level1():
    try:
        level2()
    finally:
        log.append("level1 finally")
try:
    level1()
except ValueError as e:
    log.append("caught " + str(e))
print(log)
def finally_replaces():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("from finally")
try:
    finally_replaces()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
