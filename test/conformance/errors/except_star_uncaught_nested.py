# Uncaught from a nested try/except*: the inner rest re-raised, then split again by the outer one,
# with notes kept on the derived groups and a subclass's derive.
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message, excs)
def work():
    g = Tagged("work", [ValueError("v"), TypeError("t"), ExceptionGroup("deep", [OSError("o"), KeyError("k")])])
    g.add_note("while working")
    raise g
def outer():
    try:
        try:
            work()
        except* ValueError:
            print("inner handled ValueError")
    except* OSError as e:
        print("outer handled", repr(e))
        e.add_note("note on handled part")
        raise
outer()
