# queue: single-thread API of Queue/LifoQueue/PriorityQueue/SimpleQueue, subclass hooks, errors.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks, list(q.queue))
for i in range(4):
    q.put(i)
q.put_nowait('x')
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks, list(q.queue))
print(q.get(), q.get(False), q.get(True, 1), q.get_nowait(), q.get(block=False, timeout=-5))
print(q.unfinished_tasks, q.empty())
for _ in range(5):
    q.task_done()
q.join()
print(q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print(type(e).__name__, e)
for bad in [-1, -0.5]:
    try:
        q.get(timeout=bad)
    except ValueError as e:
        print(type(e).__name__, e)
q.put(1, timeout=-1)
print('unbounded put ignores timeout', q.qsize())
b = queue.Queue(maxsize=2)
b.put('a'); b.put('b', timeout=0)
print(b.full(), b.qsize())
for args in [dict(block=False), dict(timeout=0), dict(timeout=0.001)]:
    try:
        b.put('c', **args)
    except queue.Full as e:
        print('Full', args, repr(e), str(e) == '')
try:
    b.put('c', timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    queue.Queue().get(timeout=0)
except queue.Empty as e:
    print('Empty', repr(e))
n = queue.Queue(-3)
for i in range(5):
    n.put(i)
print(n.full(), n.qsize(), n.maxsize)
z = queue.Queue(0)
print(z.full())

lq = queue.LifoQueue(3)
for x in 'abc':
    lq.put(x)
print(lq.full(), lq.queue, lq.get(), lq.get_nowait(), lq.qsize())
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put(item)
print(pq.queue[0], [pq.get() for _ in range(4)], pq.empty())
try:
    pq.get_nowait()
except queue.Empty:
    print('priority empty')

class Stack(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        print('init', maxsize)
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.append(item * 10)
    def _get(self):
        return self.queue.pop()
s = Stack(5)
s.put(1); s.put(2)
print(s.qsize(), s.get(), s.get(), s.empty())

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=9)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
for kw in [dict(block=False), dict(timeout=0)]:
    try:
        sq.get(**kw)
    except queue.Empty as e:
        print('simple Empty', kw, repr(e))
sq.put(4); sq.put(5)
print(sq.get(False, -1), sq.get(False, 3), sq.get_nowait() if not sq.empty() else 'none')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(queue.Empty.__mro__[1].__name__, queue.Full.__mro__[1].__name__, queue.__all__)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue), issubclass(queue.SimpleQueue, queue.Queue))
print(queue.Queue[str], queue.LifoQueue[int], queue.SimpleQueue[int])
print(type(q.mutex).__name__, type(q.not_empty).__name__, q.not_empty._lock is q.mutex if hasattr(q.not_empty, '_lock') else True)
