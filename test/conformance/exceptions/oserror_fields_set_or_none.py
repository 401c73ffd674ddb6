# OSError fields are either set by the constructor or absent; str() and args depend on which
print(OSError(2,"x",None).args, OSError(2,"x",None,None,"f2").args, str(OSError(2,"x",None,None,"f2")))
print(BlockingIOError(11,"x",5).args, BlockingIOError(11,"x",5).characters_written)
e=OSError(1); e.errno=5; e.strerror="s"; print(str(e))
e=OSError(1,2,3,4,5,6); print(e.errno, str(e), e.strerror, e.filename)
e=OSError(2,"x"); e.filename=None; print(str(e))
e=OSError(2,"x","f",None,"g"); print(str(e), e.args, e.filename2)
class MyErr(OSError):
    def __init__(self, a):
        super().__init__(a, "custom")
e = MyErr(7); print(str(e), e.errno, e.strerror, e.args)
print(repr(OSError(2, "No such file or directory", "a.txt")))
try:
    open("/nonexistent/x")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.args)
