# Recursion levels of comparisons made by sorts, min and max: a sort of keys all of one class
# calls its __lt__ directly (no " in comparison" level), min()/max() are a level each and
# compare through PyObject_RichCompare; how deep each recursion gets, and where it fails.
import functools

calls = 0


def attempt(label, first):
    global calls
    calls = 0
    try:
        first()
    except RecursionError as e:
        print(label, calls, e)


class MaxInLt:
    def __lt__(self, other):
        global calls
        calls += 1
        return max([self, other]) is other


class SortedInLt:
    def __lt__(self, other):
        global calls
        calls += 1
        return sorted([self, other])[0] is self


class SortInLt:
    def __lt__(self, other):
        global calls
        calls += 1
        pair = [other, self]
        pair.sort()
        return pair[0] is self


class MinTwoArgs:
    def __lt__(self, other):
        global calls
        calls += 1
        return min(self, other) is self


class Reflected:
    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        global calls
        calls += 1
        return sorted([self, other])[0] is self


class KeyLt:
    def __lt__(self, other):
        global calls
        calls += 1
        return sorted([other, self], key=lambda x: x)[0] is self


attempt('max in __lt__', lambda: sorted([MaxInLt(), MaxInLt()]))
attempt('sorted in __lt__', lambda: sorted([SortedInLt(), SortedInLt()]))
attempt('list.sort in __lt__', lambda: sorted([SortInLt(), SortInLt()]))
attempt('min(a, b) in __lt__', lambda: MinTwoArgs() < MinTwoArgs())
attempt('reflected __gt__', lambda: sorted([Reflected(), Reflected()]))
attempt('key=', lambda: sorted([KeyLt(), KeyLt()]))
attempt('max of sorts', lambda: max([SortedInLt(), SortedInLt()]))
