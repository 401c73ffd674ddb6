# a socket wait inside a class's __call__ (called directly, through functools.partial, with keywords, with *args)
import socket, threading, functools

a, b = socket.socketpair()

class Reader:
    def __init__(self, sock, tag=''):
        self.got = sock.recv(10)
        self.tag = tag

class Callable:
    def __call__(self, sock, n=10):
        return sock.recv(n)

def feed(data):
    t = threading.Thread(target=b.sendall, args=(data,))
    t.start()
    return t

for label, call in [
    ('instance', lambda: Callable()(a)),
    ('instance kw', lambda: Callable()(a, n=3)),
    ('instance star', lambda: Callable()(*(a,))),
    ('partial class', lambda: functools.partial(Reader, tag='t')(a).got),
    ('partial method', lambda: functools.partial(Callable(), n=2)(a)),
    ('nested partial', lambda: functools.partial(functools.partial(Reader), a)().got),
]:
    t = feed(label.encode()[:6])
    print(label, call())
    t.join()
    a.setblocking(False)
    try:
        print('left over', a.recv(100))
    except BlockingIOError:
        pass
    a.setblocking(True)
a.close()
b.close()
