# The punycode codec decodes only with 'strict', 'replace' or 'ignore'; any other handler is
# refused whatever the input, wrapped as 'decoding with ... codec failed'.
import codecs
for b, e in [(b"abc-9", "strict"), (b"-pgnt79rba", "xmlcharrefreplace"), (b"-pgnt79rba", "backslashreplace"), (b"abc-!", "strict"), (b"abc-9", "ignore"), (b"bcher-kva", "replace"), (b"bcher-kva", "surrogateescape")]:
    try:
        print(repr(b.decode("punycode", e)))
    except Exception as ex:
        print(type(ex).__name__, ex, repr(ex.__cause__))
    try:
        print(repr(codecs.decode(b, "punycode", e)))
    except Exception as ex:
        print(type(ex).__name__, ex, repr(ex.__cause__))
print("x".encode("punycode", "xmlcharrefreplace"))
