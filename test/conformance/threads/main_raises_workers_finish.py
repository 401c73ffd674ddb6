import threading, time
def slow():
    time.sleep(0.05)
    print('worker finished')
t = threading.Thread(target=slow)
t.start()
def daemon():
    time.sleep(10)
    print('never')
threading.Thread(target=daemon, daemon=True).start()
raise KeyError('main fails')
