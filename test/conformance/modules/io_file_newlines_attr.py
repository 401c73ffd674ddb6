# TextIOWrapper.newlines (the line ends read so far) and line_buffering
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    for data in [b"a\nb", b"a\r\nb\r\n", b"a\rb", b"a\r\nb\nc\r", b"none", b"x\r\ny\n"]:
        open(p, "wb").write(data)
        for nl in [None, ""]:
            with open(p, newline=nl) as f:
                print(repr(f.newlines), end=" ")
                f.readline()
                print(repr(f.newlines), end=" ")
                f.read()
                print(repr(f.newlines))
    with open(p, "w", buffering=1) as f:
        print(f.line_buffering)
    with open(p) as f:
        print(f.line_buffering)
