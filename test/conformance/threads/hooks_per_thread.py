import sys, threading
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((threading.current_thread().name, event, frame.f_code.co_name))
    return None
def work():
    return 1
# a hook set in the main thread applies to the main thread only
sys.settrace(tracer)
t = threading.Thread(target=work, name='T1'); t.start(); t.join()
work()
sys.settrace(None)
print(events)
events.clear()
# threading.settrace: the hook of new threads
threading.settrace(tracer)
t = threading.Thread(target=work, name='T2'); t.start(); t.join()
threading.settrace(None)
print([e for e in events if e[2] == 'work'])
print(sys.gettrace(), threading.gettrace())
prof = []
def profiler(frame, event, arg):
    if event in ('call', 'return') and frame.f_code.co_filename == __file__:
        prof.append((threading.current_thread().name, event, frame.f_code.co_name))
threading.setprofile(profiler)
t = threading.Thread(target=work, name='T3'); t.start(); t.join()
threading.setprofile(None)
print([p for p in prof if p[2] == 'work'])
def setsown():
    sys.setprofile(profiler)
    work()
    sys.setprofile(None)
t = threading.Thread(target=setsown, name='T4'); t.start(); t.join()
work()
print([p for p in prof if p[0] == 'T4'], sys.getprofile())
