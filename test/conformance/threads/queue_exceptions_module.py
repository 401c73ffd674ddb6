# queue.Empty and queue.Full: where they come from, their repr, and the last traceback line an uncaught Empty gets
import queue

print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)
print(queue.Empty.__qualname__, queue.Full.__qualname__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(repr(queue.Empty()), repr(queue.Full("x")))
q = queue.Queue(1)
q.put(1)
try:
    q.put_nowait(2)
except queue.Full as e:
    print(type(e).__name__, type(e).__module__, repr(e))
q.get()
for getter in (q.get_nowait, queue.SimpleQueue().get_nowait, queue.LifoQueue().get_nowait):
    try:
        getter()
    except queue.Empty as e:
        print(type(e).__name__, type(e).__module__, repr(e))
try:
    q.get(timeout=0.01)
except Exception as e:
    print(f"{type(e).__module__}.{type(e).__qualname__}")
import traceback
try:
    q.get_nowait()
except queue.Empty as e:
    print(traceback.format_exception_only(type(e), e))
