# The functions and Codec class of an encodings.<name> module are named as that module's own
# definitions (rot13, Codec.encode, hex_encode, getregentry), in that module.
import encodings.rot_13 as r, encodings.cp1252 as c, encodings.utf_8 as u, encodings.hex_codec as h
for f in (r.rot13, r.Codec, r.Codec.encode, c.Codec, c.Codec.decode, c.getregentry, h.hex_encode, h.Codec.encode):
    print(f.__module__, f.__qualname__, f.__name__)
