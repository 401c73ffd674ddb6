# queue._PySimpleQueue: the pure-Python SimpleQueue beside the C type queue.SimpleQueue.
import queue

for cls in (queue._PySimpleQueue, queue.SimpleQueue):
    print(cls.__name__, cls.__qualname__, cls.__module__, cls.put.__qualname__)
    q = cls()
    for i in range(3):
        q.put(i)
    q.put_nowait('x')
    print(q.qsize(), q.empty(), [q.get() for _ in range(3)], q.get_nowait(), q.empty())
    try:
        q.get(block=False)
    except queue.Empty:
        print('Empty')
    try:
        q.get(timeout=-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        q.attr = 1
        print('attr', q.attr)
    except AttributeError as e:
        print('AttributeError:', e)
    print(cls[int])
print(queue._PySimpleQueue is queue.SimpleQueue)
