# BytesIO.getbuffer() in a with block: a write that would resize the buffer is a BufferError until the view is released
import io
bio = io.BytesIO(b'abc')
with bio.getbuffer() as v:
    try:
        bio.write(b'xyzw')
    except BufferError as e:
        print('BufferError', e)
    print(bytes(v))
bio.write(b'xyzw')
print(bio.getvalue())
