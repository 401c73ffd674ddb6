# an exception raised while a class body runs: the frame is named after the class
class Config:
    name = "app"
    print("building", name)
    class Inner:
        size = 10
        limit = size // 0
    print("never")
