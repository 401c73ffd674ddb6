# A list comparison re-reads the lengths at each step: an __eq__ that empties a list ends the
# walk and the sizes decide (CPython's list_richcompare).
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4)
class Shrink:
    def __eq__(self, other):
        a.pop()
        return False
    def __lt__(self, other):
        return True
a = [1, Shrink(), 3]
b = [1, 2, 3]
print(a < b, len(a), [1, 2] < [1, 3], [1, 2, 3] > [1, 2], (1, 2) == (1, 2), [1, [2, 3]] == [1, [2, 3]])
