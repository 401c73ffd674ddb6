# recv/recvfrom with MSG_DONTWAIT on UDP and TCP sockets: a blocking socket's call raises BlockingIOError instead of waiting; with a timeout the call still waits (CPython polls first).
import socket
for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
    if kind == socket.SOCK_DGRAM:
        r = socket.socket(socket.AF_INET, kind); r.bind(('127.0.0.1', 0))
        w = socket.socket(socket.AF_INET, kind)
        send = lambda d: w.sendto(d, r.getsockname())
    else:
        l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
        w = socket.create_connection(l.getsockname()); r, _ = l.accept()
        send = w.send
    print(kind.name)
    for call in (lambda: r.recv(10, socket.MSG_DONTWAIT), lambda: r.recvfrom(10, socket.MSG_DONTWAIT),
                 lambda: r.recv(10, socket.MSG_DONTWAIT | socket.MSG_PEEK)):
        try: print(call())
        except BlockingIOError as e: print(type(e).__name__, e)
    send(b'data')
    import select; select.select([r], [], [], 1)
    print(r.recv(10, socket.MSG_DONTWAIT | socket.MSG_PEEK), r.recvfrom(10, socket.MSG_DONTWAIT)[0])
    r.settimeout(0.05)
    try: r.recv(10, socket.MSG_DONTWAIT)
    except OSError as e: print(type(e).__name__, e)
    print(r.gettimeout())
