# A traced thread that waits in a with statement: its events are the same as when it does not wait.
import sys, threading, time
lock = threading.Lock()
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == 'worker':
        events.append((threading.current_thread().name, event, frame.f_lineno))
        return tracer
def worker():
    with lock:
        x = 1
    return x
lock.acquire()
threading.settrace(tracer)
t = threading.Thread(target=worker, name='W')
t.start()
time.sleep(0.02)
lock.release()
t.join()
print(events)
