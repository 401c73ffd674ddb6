# binary files: read1, peek, readinto into bytearray/memoryview/array, writes of any buffer, unbuffered text refused
import array, os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "data.bin")
    with open(p, "wb") as f:
        print(f.write(b"header"), f.write(memoryview(b"0123456789").cast("c")[2:]), f.write(array.array("B", [10, 65])), f.write(bytearray(b"!")))
    with open(p, "rb") as f:
        print(f.read1(3), f.peek(2)[:2], f.read(3), f.tell())
        buf = bytearray(4)
        print(f.readinto(buf), buf, f.tell())
        mv = memoryview(bytearray(6))
        print(f.readinto(mv[1:4]), mv.obj)
        arr = array.array("b", [0, 0])
        print(f.readinto1(arr), arr, f.read(), f.readinto(bytearray(3)), f.read1(), f.peek())
        for bad in [lambda: f.readinto(b"xy"), lambda: f.readinto(memoryview(b"xy")), lambda: f.readinto("s"), lambda: f.write(b"x")]:
            try:
                bad()
            except Exception as e:
                print(type(e).__name__, e)
    with open(p, "r+b") as f:
        f.seek(2)
        print(f.read1(2), f.peek(1)[:1])
    with open(p, "wb") as f:
        try:
            f.peek(1)
        except AttributeError as e:
            print("AttributeError", e)
        try:
            f.read1(1)
        except Exception as e:
            print(type(e).__name__, e)
    t = os.path.join(d, "text.txt")
    try:
        open(t, "w", buffering=0)
    except ValueError as e:
        print("ValueError", e, os.path.exists(t))
    with open(t, "w", buffering=1) as f:
        print(f.line_buffering, f.write("x\n"))
    with open(t) as f:
        print(f.line_buffering, f.read())
