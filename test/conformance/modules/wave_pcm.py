# wave: writing PCM WAV files (header bytes, patched sizes), reading them back (params, frames, setpos), errors
import io
import os
import struct
import tempfile
import wave

buf = io.BytesIO()
w = wave.open(buf, 'wb')
w.setnchannels(2)
w.setsampwidth(2)
w.setframerate(8000.4)
print(w.tell(), w.getnframes())
w.writeframes(struct.pack('<8h', *range(-4, 4)))
w.writeframesraw(bytearray(b'\x01\x00\x02\x00'))
print(w.tell(), w.getnframes())
try:
    w.setnchannels(1)
except wave.Error as e:
    print('Error', e)
w.close()
data = buf.getvalue()
print(data)

r = wave.open(io.BytesIO(data))
print(r.getparams(), r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname())
print(r.readframes(2), r.tell())
r.setpos(4)
print(r.readframes(10), r.tell(), r.readframes(1), r.getmarkers())
r.rewind()
print(r.readframes(1), r.readframes(0))
for bad in [lambda: r.setpos(6), lambda: r.getmark(1)]:
    try:
        bad()
    except wave.Error as e:
        print('Error', e)
r.close()

path = os.path.join(tempfile.mkdtemp(), 't.wav')
with wave.open(path, 'w') as w:
    w.setparams((1, 1, 11025, 0, 'NONE', 'not compressed'))
    w.writeframes(bytes(range(0, 250, 10)))
with wave.open(path) as r:
    print(r.getparams(), r.readframes(100))
with open(path, 'rb') as f:
    print(f.read(44))
with wave.open(path, 'rb') as r:
    print(r.getnframes())
os.remove(path)

with wave.open(io.BytesIO(), 'wb') as w:
    w.setnchannels(1)
    w.setsampwidth(3)
    w.setframerate(44100)
    w.setnframes(10)
    w.setcomptype('NONE', 'none')
    w.writeframes(b'\x00\x01\x02' * 2)
    print(w.getparams())
    f = w._file
    w.close()

odd = (b'RIFF' + struct.pack('<L', 4 + 8 + 3 + 1 + 8 + 16 + 8 + 2) + b'WAVE' + b'LIST' + struct.pack('<L', 3) + b'abc\x00'
       + b'fmt ' + struct.pack('<LHHLLHH', 16, 1, 1, 100, 100, 1, 8) + b'data' + struct.pack('<L', 2) + b'\x80\x81')
r = wave.open(io.BytesIO(odd))
print(r.getparams(), r.readframes(5))

cases = [b'', b'RIFX....', b'RIFF\x04\x00\x00\x00WAVX', b'RIFF\x04\x00\x00\x00WAVE',
         b'RIFF\x10\x00\x00\x00WAVEdata\x00\x00\x00\x00',
         b'RIFF\x1c\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 3, 1, 8000, 32000, 4, 32),
         b'RIFF\x1c\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 1, 0, 8000, 32000, 4, 16)]
for c in cases:
    try:
        print(wave.open(io.BytesIO(c)).getparams())
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)
w = wave.open(io.BytesIO(), 'wb')
for call in [lambda: w.setnchannels(0), lambda: w.setsampwidth(5), lambda: w.setframerate(0), lambda: w.getnchannels(),
             lambda: w.getsampwidth(), lambda: w.getframerate(), lambda: w.getparams(), lambda: w.setcomptype('ULAW', 'x'),
             lambda: w.setmark(1, 2, 'x'), lambda: w.writeframes(b'ab'), lambda: wave.open(io.BytesIO(), 'a')]:
    try:
        print(call())
    except wave.Error as e:
        print('Error', e)
w.setnchannels(1)
try:
    w.close()
except wave.Error as e:
    print('Error', e)
print(wave.__all__)
