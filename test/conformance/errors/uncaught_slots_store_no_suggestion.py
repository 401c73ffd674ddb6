# an uncaught AttributeError from a store into __slots__ offers no "Did you mean" (3.11 sets no name on it)
class A:
    __slots__ = ('xyz',)
A().xyy = 1
