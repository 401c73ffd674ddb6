# adding and replacing attributes on classes at runtime affects existing instances
class Robot:
    def __init__(self, name):
        self.name = name
r1 = Robot("r1")
r2 = Robot("r2")
def beep(self, times=1):
    return self.name + ":" + "beep" * times
Robot.beep = beep
print(r1.beep(), r2.beep(2))
Robot.beep = lambda self: "replaced for " + self.name
print(r1.beep())
r1.beep = lambda: "instance override"
print(r1.beep(), r2.beep())
del r1.beep
print(r1.beep())
setattr(Robot, "version", 2)
print(r1.version, getattr(r2, "version"), hasattr(Robot, "beep"))
del Robot.beep
print(hasattr(r1, "beep"))
