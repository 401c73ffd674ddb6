# bytes %-formatting: %b (and %s) take bytes-like objects and __bytes__, refuse str and others.
class B:
    def __bytes__(self): return b'BB'
class BadB:
    def __bytes__(self): return 'notbytes'
class Idx:
    def __index__(self): return 65
for fmt, v in [(b'%b', BadB()), (b'%b', 3.5), (b'%b', [1]), (b'%s', BadB()), (b'%c', Idx()), (b'%c', b'xy'), (b'%c', 256), (b'%c', 'a'), (b'%x', 3.0), (b'%d', '1'), (b'%a', b'\xff'), (b'%r', 'é'), (b'%b %b', (b'a',)), (b'%b', (b'a', b'b')), (b'%(x)b', {b'x': b'y'}), (b'%5.1b', b'abc'), (b'%c', Idx())]:
    try: print(fmt % v)
    except Exception as e: print(type(e).__name__, e)
print(bytearray(b'%b-%s') % (B(), bytearray(b'q')))
print(b'%b' % memoryview(b'abc')[1:])
import array
print(b'%b' % array.array('b', [65, 66]))
print(b'%b' % b'x', b'%b' % bytearray(b'yy'), b'%b|%s' % (memoryview(b'm'), b'q'))
class B:
    def __bytes__(self): return b'BB'
print(b'%b' % B(), b'%s' % B())
for v in ['str', 1, None]:
    try: print(b'%b' % v)
    except TypeError as e: print(e)
try: print(b'%s' % 'str')
except TypeError as e: print(e)
print(b'%5b|%-5b|' % (b'a', b'b'))
print(bytearray(b'%b') % b'z')
print(b'%a %r' % ('é', 'x'))
