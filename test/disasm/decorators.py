@first
@second(arg)
def f():
    pass
@deco
class C:
    @property
    def p(self):
        return 1
