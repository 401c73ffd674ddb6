# an uncaught exception whose str() is empty prints just its class name
class Quiet(Exception):
    def __str__(self):
        return ""
def go():
    raise Quiet("not shown")
go()
