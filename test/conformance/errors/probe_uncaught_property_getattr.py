# An AttributeError inside a property getter goes to __getattr__, whose error is the one reported
class A:
    @property
    def x(self):
        return self.y
    def __getattr__(self, name):
        raise AttributeError(name)
A().x
