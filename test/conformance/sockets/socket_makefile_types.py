# makefile() objects' types per mode, a line protocol over them, socketpair() (both ends, EOF)
import socket, threading

COMMANDS = {'ADD': lambda a, b: a + b, 'MUL': lambda a, b: a * b, 'SUB': lambda a, b: a - b}

def handle(conn):
    f = conn.makefile('rwb')
    while True:
        line = f.readline()
        if not line:
            break
        parts = line.decode('ascii').strip().split()
        if parts[0] == 'QUIT':
            f.write(b'BYE\n'); f.flush()
            break
        try:
            op = COMMANDS[parts[0]]
            res = op(int(parts[1]), int(parts[2]))
            f.write(('OK %d\n' % res).encode())
        except KeyError as e:
            f.write(('ERR unknown %s\n' % e).encode())
        except (ValueError, IndexError) as e:
            f.write(('ERR %s: %s\n' % (type(e).__name__, e)).encode())
        f.flush()
    f.close()
    conn.close()

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
def server():
    c, _ = srv.accept()
    handle(c)
t = threading.Thread(target=server)
t.start()
cli = socket.create_connection(srv.getsockname())
rf = cli.makefile('r', encoding='ascii', newline='\n')
wf = cli.makefile('w', encoding='ascii')
print(type(rf).__name__, type(wf).__name__)
for cmd in ['ADD 1 2', 'MUL 6 7', 'SUB 10 3', 'DIV 1 2', 'ADD x 2', 'ADD 1', 'QUIT']:
    wf.write(cmd + '\n')
    wf.flush()
    print(repr(cmd), '->', repr(rf.readline()))
print(repr(rf.readline()))
t.join()
rf.close(); wf.close(); cli.close(); srv.close()
print('done')
for mode in ('r', 'rb', 'w', 'wb', 'rwb'):
    a, b = socket.socketpair()
    f = a.makefile(mode)
    print(mode, type(f).__name__, type(f).__module__)
    f.close(); a.close(); b.close()
a, b = socket.socketpair()
print(a.type == b.type == socket.SOCK_STREAM)
a.sendall(b'ping')
print(b.recv(10))
b.sendall(b'pong')
b.close()
print(a.recv(10), a.recv(10))
a.close()
