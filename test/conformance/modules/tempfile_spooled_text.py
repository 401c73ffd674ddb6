# SpooledTemporaryFile in text mode: a TextIOWrapper over a BytesIO (byte positions), newline and encoding kept when it rolls over to disk
import tempfile, io, sys, codecs
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+', encoding='utf-8') as f:
    f.write('héllo'); print(f._rolled, type(f._file).__name__, f.tell()); f.write(' world spills over'); print(f._rolled); f.seek(0); print(f.read())
with tempfile.SpooledTemporaryFile(mode='w+') as f:
    f.write('a\nb\n'); f.seek(0); print(f.readlines(), f.newlines, f.encoding)
with tempfile.SpooledTemporaryFile(max_size=5, mode='w+', newline='\r\n', encoding='latin-1') as f:
    f.write('ab\ncd'); print(f._rolled, f.tell()); f.write('é\nmore'); print(f._rolled, f.tell(), f.encoding, f.errors)
    f.seek(0); print(repr(f.read()), f.newlines, f.readable(), f.writable(), f.seekable(), f.isatty())
with tempfile.SpooledTemporaryFile(mode='w+') as f:
    f.write('x'); f.fileno(); print(f._rolled); f.write('y'); f.seek(0); print(f.read(), isinstance(f, io.IOBase))
with tempfile.SpooledTemporaryFile(max_size=3) as f:
    f.write(b'abcdef'); print(f._rolled, f.tell()); f.seek(1); print(f.read1(2), f.readinto(bytearray(2)))
