# A scheduler written in Python steps generators with send() and throw(); the generators
# make blocking socket calls between their yields (connect, sendall, recv) to a server
# thread, and one is cancelled with throw() while it waits in a `yield from` chain, then
# cleans up with more blocking calls.
import socket
import threading
from collections import deque


class Cancelled(Exception):
    pass


def serve(listener, count, log):
    # A thread: answers `count` connections, one request each.
    for _ in range(count):
        conn, _ = listener.accept()
        with conn:
            data = conn.recv(1024)
            conn.sendall(data.upper())


def ask(port, text):
    # A sub-generator: its yields pass through the `yield from` of its caller.
    sock = socket.create_connection(("127.0.0.1", port))
    try:
        sock.sendall(text)
        yield "sent"
        reply = sock.recv(1024)
        yield "received"
        return reply
    finally:
        sock.close()


def client(port, log):
    for word in (b"alpha", b"beta"):
        reply = yield from ask(port, word)
        log.append(f"client got {reply!r}")
    return "client result"


def waiter(port, log):
    try:
        while True:
            yield from idle()
    except Cancelled as e:
        log.append(f"waiter cancelled: {e}")
        reply = yield from ask(port, b"last words")
        log.append(f"waiter last reply {reply!r}")
        return "waiter result"


def idle():
    yield "idle"


def run(tasks, log):
    ready = deque(tasks.items())
    results = {}
    steps = 0
    while ready:
        name, gen = ready.popleft()
        steps += 1
        try:
            if name == "waiter" and steps == 4:
                status = gen.throw(Cancelled("stop waiting"))
            else:
                status = gen.send(None)
        except StopIteration as e:
            results[name] = e.value
            continue
        log.append(f"{name}: {status}")
        ready.append((name, gen))
    return results


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(5)
port = listener.getsockname()[1]

log = []
thread = threading.Thread(target=serve, args=(listener, 3, log))
thread.start()
results = run({"client": client(port, log), "waiter": waiter(port, log)}, log)
thread.join()
print("server thread joined")
for line in log:
    print(line)
print(sorted(results.items()))
