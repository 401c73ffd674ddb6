# greenlet: generators built from greenlets, and a producer/consumer pair
from greenlet import greenlet, getcurrent


class genlet(greenlet):
    """A generator made of a greenlet: yield_ switches to the consumer."""

    def __init__(self, fn, *args):
        super().__init__()
        self.fn = fn
        self.args = args

    def run(self):
        self.fn(*self.args)

    def next_value(self, default=None):
        # called by tpy code (not by a for loop's native __next__ call), so it may switch
        self.parent = getcurrent()
        v = self.switch()
        if self.dead:
            return default
        return v


def yield_(v):
    getcurrent().parent.switch(v)


def countdown(n):
    while n > 0:
        yield_(n)
        n -= 1


g = genlet(countdown, 4)
while (v := g.next_value()) is not None:
    print('countdown', v)

def squares(n):
    for i in range(n):
        yield_(i * i)

g = genlet(squares, 5)
total = 0
while (v := g.next_value(-1)) != -1:
    total += v
print('sum of squares', total, g.dead)


def producer(items):
    for item in items:
        print('produce', item)
        consumer_g.switch(item)
    consumer_g.switch(None)
    return 'producer finished'

def consumer(item):
    # started by the producer's first switch, with its first item
    got = []
    while item is not None:
        print('consume', item)
        got.append(item.upper())
        item = producer_g.switch()
    return got

consumer_g = greenlet(consumer)
producer_g = greenlet(producer)
print('main resumes with', producer_g.switch(['a', 'b', 'c']))
print(producer_g.dead, consumer_g.dead)


def gen_with_greenlet():
    # a real generator whose body switches greenlets between its yields
    helper = greenlet(lambda x: getcurrent().parent.switch(x * 10))
    for i in range(3):
        yield helper.switch(i) if i == 0 else i
    print('helper alive:', bool(helper))

for v in gen_with_greenlet():
    print('gen yields', v)
