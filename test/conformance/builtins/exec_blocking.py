# Code run by exec() and eval() may wait as any code may: accept, recv and time.sleep
# inside exec'd statements, eval'd calls, nested exec, and exec in functions and generators.
import socket
import time

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
exec("c = socket.create_connection(srv.getsockname())\na, _ = srv.accept()")
print(type(c).__name__, type(a).__name__)

exec("time.sleep(0.01)\nprint('slept')")

def ask(msg):
    c.sendall(msg)
    data = a.recv(100)
    a.sendall(data[::-1])
    return c.recv(100)

print(eval("ask(b'hello')"))
print(eval("[ask(w) for w in (b'ab', b'xyz')]"))

ns = {'ask': ask}
exec("r1 = ask(b'one')\nexec(\"r2 = ask(b'two')\", globals())", ns)
print(ns['r1'], ns['r2'])

def in_function(word):
    local = {}
    exec("reply = ask(word)", {'ask': ask, 'word': word}, local)
    return local['reply']

print(in_function(b'function'))

def replies(words):
    for w in words:
        yield eval("ask(w)", {'ask': ask, 'w': w})

for r in replies([b'gen1', b'gen2']):
    print(r)

code = compile("time.sleep(0.001)\nanswer = ask(b'compiled')", 'prog', 'exec')
g = {'time': time, 'ask': ask}
print(exec(code, g), g['answer'])

def waits():
    time.sleep(0.001)
    return ask(b'code object')

print(exec(waits.__code__, {'time': time, 'ask': ask}))

try:
    exec("a.settimeout(0.05)\na.recv(10)")
except TimeoutError as e:
    print(type(e).__name__, e)
try:
    eval("ask(b'x') + 1")
except TypeError as e:
    print(type(e).__name__, e)
a.settimeout(None)

c.close()
print(eval("a.recv(10)"))
a.close()
srv.close()
