# greenlet: greenlets belong to their thread; a blocking call blocks every greenlet of its thread
import threading
import time
from greenlet import greenlet, getcurrent, error

main = getcurrent()
results = {}

def in_thread(tag):
    tmain = getcurrent()
    results[tag + ' main is other'] = tmain is not main
    results[tag + ' main parent'] = tmain.parent
    def child(x):
        y = tmain.switch(x * 2)
        return y + 1
    g = greenlet(child)
    results[tag + ' first'] = g.switch(5)
    results[tag + ' second'] = g.switch(10)
    results[tag + ' dead'] = g.dead
    try:
        main.switch()
    except error as e:
        results[tag + ' switch to main thread'] = str(e)
    # an unstarted greenlet belongs to its parent's thread
    try:
        greenlet(child, parent=main).switch(1)
    except error as e:
        results[tag + ' child of the main thread'] = str(e)
    results[tag + ' saved'] = g

threads = [threading.Thread(target=in_thread, args=('t%d' % i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    if not k.endswith('saved'):
        print(k, '=', results[k])

other = results['t0 saved']
try:
    other.switch()
except error as e:
    print('dead greenlet of another thread:', e)

# a greenlet of an exited thread as a parent: the child cannot be switched to either
g = greenlet(lambda: None)
g.parent = other
try:
    g.switch()
except error as e:
    print('child of a dead greenlet of another thread:', e)

# greenlets do not give way on a blocking call: the sleeping one holds up the others
order = []

def sleeper():
    order.append('sleeper before sleep')
    time.sleep(0.05)
    order.append('sleeper after sleep')
    main.switch()
    order.append('sleeper resumed')

def other_one():
    order.append('other runs')

s = greenlet(sleeper)
o = greenlet(other_one)
s.switch()
o.switch()
s.switch()
print(order)

# a thread running while a greenlet of the main thread sleeps: threads still interleave
def ticker():
    order.append('thread tick')

order.clear()
def sleeps_with_thread():
    t = threading.Thread(target=ticker)
    t.start()
    time.sleep(0.05)
    order.append('greenlet woke')
    t.join()
    return 'joined'

print(greenlet(sleeps_with_thread).switch(), order)
