# heapq.merge is a generator from the start: a bad input fails at the first next(), inputs start lazily
import heapq
m = heapq.merge(1, [2])
print(type(m).__name__, m.__name__ if hasattr(m, "__name__") else "")
try:
    next(m)
except TypeError as e:
    print("TypeError:", e)
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge([7, 4], [9, 1], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge([(1, "b")], [(1, "a")])))
def gen():
    print("started")
    yield 1
g = heapq.merge(gen(), [0])
print("created")
print(list(g))
