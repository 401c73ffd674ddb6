# A richards-style task scheduler: objects, method calls, attribute access, linked queues.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is not None
        self.link = None
        self.count = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            p.link = None
        self.waiting = False
        return p

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, seed):
        Task.__init__(self, sched, ident, priority, None)
        self.seed = seed

    def run(self, packet):
        self.count += 1
        if self.count > self.sched.limit:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count >= 4:
                self.work = work.link
                return self.sched.queue_packet(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            self.sched.checksum = (self.sched.checksum * 7 + p.datum) % 1000003
            return self.sched.queue_packet(p)
        self.pending = packet
        return self.sched.hold_self()


class Scheduler:
    def __init__(self, limit):
        self.limit = limit
        self.tasks = [None] * 6
        self.current = None
        self.head = None
        self.checksum = 0
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # Keep the run list ordered by priority, highest first.
        if self.head is None or task.priority > self.head.priority:
            task.link = self.head
            self.head = task
            return
        t = self.head
        while t.link is not None and t.link.priority >= task.priority:
            t = t.link
        task.link = t.link
        t.link = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, packet):
        t = self.tasks[packet.ident]
        packet.ident = self.current.ident
        t.queue = packet.append_to(t.queue)
        if t.waiting and t.priority > self.current.priority:
            t.waiting = False
            return t
        return self.current

    def schedule(self):
        self.current = self.head
        while self.current is not None:
            t = self.current
            if t.runnable():
                self.switches += 1
                packet = t.take_packet() if t.waiting else None
                self.current = t.run(packet)
            else:
                self.current = t.link


def run(limit):
    s = Scheduler(limit)
    s.add(IdleTask(s, IDLE, 0, 1))
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    s.add(WorkerTask(s, WORKER, 1000, q))
    for h, d in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, d, KIND_DEVICE)
        q = Packet(q, d, KIND_DEVICE)
        q = Packet(q, d, KIND_DEVICE)
        s.add(HandlerTask(s, h, 2000 + h, q))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.schedule()
    return s.switches, s.checksum, sum(t.count for t in s.tasks)


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
print("checksum", *run(limit))
