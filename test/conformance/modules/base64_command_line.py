# base64's command line (python -m base64): main() encodes a file or standard input in
# 76-character lines, -d/-u decode, -t round-trips a sample, and a bad option is the usage.
import base64
import os
import sys
import tempfile

data = bytes(range(256)) * 2
with tempfile.NamedTemporaryFile(delete=False) as f:
    f.write(data)
    raw = f.name
encoded = raw + ".b64"
try:
    sys.argv = ["base64", raw]
    base64.main()
    sys.stdout.flush()
    with open(encoded, "wb") as out:
        base64.encode(open(raw, "rb"), out)
    for option in ("-d", "-u"):
        sys.argv = ["base64", option, encoded]
        saved = sys.stdout
        with tempfile.TemporaryFile("w+b") as sink:
            class Out:
                buffer = sink
            sys.stdout = Out()
            try:
                base64.main()
            finally:
                sys.stdout = saved
            sink.seek(0)
            print(option, sink.read() == data)
    sys.argv = ["base64", "-t"]
    base64.main()
    sys.argv = ["base64", "-q"]
    try:
        base64.main()
    except SystemExit as e:
        sys.stdout = sys.__stdout__
        print("exit", e.code)
finally:
    os.unlink(raw)
    os.unlink(encoded)
