# The cp1252 and cp437 code pages: str.encode, bytes.decode, open(), aliases and 'charmap' errors.
import codecs, os, tempfile
print("€ café “quoted” – —".encode("cp1252"), b"\x80\x93x\x94\xe9".decode("windows-1252"))
print("╔═╗ ░▒▓ café ß".encode("cp437"), b"\xc9\xcd\xbb\x82\xe1".decode("IBM437"))
print(codecs.lookup("windows-1252").name, codecs.lookup("1252").name, codecs.lookup("cp437").name, codecs.lookup("437").name)
print(bytes(range(0x80, 0x100)).decode("cp437"))
print(bytes(range(0x80, 0x100)).decode("cp1252", "replace"))
print("Ā ā x".encode("cp1252", "replace"), "Āx".encode("cp1252", "xmlcharrefreplace"), "Āx".encode("cp437", "backslashreplace"))
print(b"a\x81\x8d\x8f\x90\x9db".decode("cp1252", "ignore"), b"\x81".decode("cp1252", "backslashreplace"))
for bad in [lambda: "ĀāX".encode("cp1252"), lambda: "aĀ".encode("cp1252"), lambda: b"a\x81".decode("cp1252"),
            lambda: "€".encode("cp437")]:
    try:
        bad()
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
path = os.path.join(tempfile.mkdtemp(), "legacy.txt")
with open(path, "w", encoding="cp1252") as f:
    f.write("naïve résumé €5\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="cp1252") as f:
    print(f.read(), end="")
with open(path, "wb") as f:
    f.write(b"ok \x9d bad\n")
try:
    with open(path, encoding="cp1252") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
os.remove(path)
os.rmdir(os.path.dirname(path))
