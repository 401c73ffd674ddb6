# cProfile and profile around a socket echo that waits (accept, recv, time.sleep): the
# statement runs through exec() (Profile.runctx, cProfile.runctx), where it may block.
# Only the program's own rows are printed (and time.sleep's: CPython's exec row also counts the
# imports its importlib runs through exec), with a clock the program advances itself.
import cProfile
import profile
import socket
import time

clock = [0]


def timer():
    return clock[0]


def serve(srv):
    clock[0] += 2
    conn, _ = srv.accept()
    return conn


def echo(conn, n):
    clock[0] += 3
    data = conn.recv(n)
    conn.sendall(data.upper())
    return data


def talk(c, conn, words):
    clock[0] += 1
    out = []
    for w in words:
        c.sendall(w)
        echo(conn, len(w))
        time.sleep(0.001)
        out.append(c.recv(100))
    return out


def session(words):
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    c = socket.create_connection(srv.getsockname())
    conn = serve(srv)
    replies = talk(c, conn, words)
    c.close()
    print(replies, conn.recv(10))
    conn.close()
    srv.close()


def own_rows(stats):
    rows = []
    for (filename, line, name), (cc, nc, tt, ct, callers) in stats.items():
        if filename.endswith('cprofile_socket_echo.py') and name != 'timer':
            # cProfile's callers map to (calls, primitive calls, times...), profile's to a count.
            own = sorted((c[2], v if isinstance(v, int) else v[0]) for c, v in callers.items()
                         if c[0].endswith('cprofile_socket_echo.py'))
            rows.append((name, line, cc, nc, round(tt, 3), round(ct, 3), own))
        elif filename == '~' and name == '<built-in method time.sleep>':
            rows.append((name, cc, nc))
    return sorted(rows)


pr = cProfile.Profile(timer, 0.001)
pr.runctx("session([b'one', b'two'])", globals(), None)
pr.create_stats()
for row in own_rows(pr.stats):
    print(row)

pr = cProfile.Profile(timer, 0.001)
print(pr.runcall(session, [b'three']))
pr.create_stats()
for row in own_rows(pr.stats):
    print(row)

pr = profile.Profile(timer)
pr.runctx("session([b'four', b'five', b'six'])", globals(), None)
pr.create_stats()
for row in own_rows(pr.stats):
    print(row)

with cProfile.Profile(timer, 0.001) as pr:
    exec("session([b'seven'])")
pr.create_stats()
for row in own_rows(pr.stats):
    print(row)
