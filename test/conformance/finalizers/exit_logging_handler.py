# At exit, logging's globals stay (CPython's interpreter keeps the function logging gave
# os.register_at_fork): a handler of the program's own class on a logger keeps the main
# module's dict, and so every one of its objects, from being finalised then
import logging

class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

class Handler(logging.Handler):
    def emit(self, record): print("log:", record.getMessage())
    def __del__(self): print("del Handler")

a = A(1)
log = logging.getLogger("fin")
log.addHandler(Handler())
log.warning("hello")
print("end")
