import threading, queue, time

q = queue.Queue()
out = []
def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()
p = threading.Thread(target=producer, args=(50,), name='prod')
c = threading.Thread(target=consumer, name='cons')
c.start(); p.start()
q.join()
p.join(); c.join()
print(len(out), sum(out), out[:5])

# bounded queue with several workers
bq = queue.Queue(maxsize=2)
res = []
rlock = threading.Lock()
def work(wid):
    while True:
        x = bq.get()
        if x is None:
            break
        with rlock:
            res.append((x, x * x))
ws = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for w in ws: w.start()
for i in range(20):
    bq.put(i)
for w in ws: bq.put(None)
for w in ws: w.join()
print(sorted(res)[:4], len(res))
print(q.empty(), q.qsize(), bq.full())

# errors
try: queue.Queue().get_nowait()
except queue.Empty as e: print('Empty', repr(e))
fq = queue.Queue(1); fq.put(1)
try: fq.put_nowait(2)
except queue.Full as e: print('Full', repr(e))
try: fq.put(3, timeout=0.01)
except queue.Full: print('Full after timeout')
try: queue.Queue().get(timeout=-1)
except ValueError as e: print(e)
try: queue.Queue().get(timeout=0.01)
except queue.Empty: print('Empty after timeout')
try:
    qq = queue.Queue(); qq.task_done()
except ValueError as e: print(e)
lq = queue.LifoQueue(); pq = queue.PriorityQueue(); sq = queue.SimpleQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put(x); sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])
try: sq.get(timeout=0.01)
except queue.Empty: print('simple empty')
print(sq.empty(), sq.qsize(), queue.SimpleQueue, queue.Queue[int])
