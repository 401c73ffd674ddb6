# an exception raised by __exit__ while another propagates: both are printed
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("closing after", t.__name__)
        raise RuntimeError("close failed")
with Closer():
    print("working")
    raise ValueError("work failed")
