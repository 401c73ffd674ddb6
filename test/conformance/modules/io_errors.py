import io

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

closed = io.StringIO('x'); closed.close(); closed.close()
attempt('closed getvalue', closed.getvalue)
attempt('closed read', closed.read)
attempt('closed write', lambda: closed.write('a'))
attempt('closed tell', closed.tell)
attempt('closed with', lambda: closed.__enter__())
attempt('closed flag', lambda: closed.closed)
attempt('init int', lambda: io.StringIO(3))
attempt('write int', lambda: io.StringIO().write(3))
attempt('bad newline', lambda: io.StringIO(newline='x'))
attempt('seek neg', lambda: io.StringIO().seek(-1))
attempt('seek cur', lambda: io.StringIO().seek(1, 1))
attempt('seek end', lambda: io.StringIO().seek(1, 2))
attempt('seek whence', lambda: io.StringIO().seek(0, 3))
attempt('seek str', lambda: io.StringIO().seek('a'))
attempt('read str', lambda: io.StringIO().read('a'))
attempt('truncate neg', lambda: io.StringIO().truncate(-1))
attempt('fileno', lambda: io.StringIO().fileno())
attempt('bytes init', lambda: io.BytesIO('a'))
attempt('bytes write', lambda: io.BytesIO().write('a'))
attempt('bytes seek', lambda: io.BytesIO().seek(-1))
attempt('bytes whence', lambda: io.BytesIO().seek(0, 5))
b = io.BytesIO(); b.close()
attempt('bytes closed', b.read)
attempt('unsupported', lambda: issubclass(io.UnsupportedOperation, OSError) and issubclass(io.UnsupportedOperation, ValueError))
