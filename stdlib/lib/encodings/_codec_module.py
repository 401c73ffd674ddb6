"""What each encodings.<name> module holds, made from tpy's native codec of that name."""

import codecs

# the codecs whose modules have encode() and decode() of their own (the others have Codec's only)
_UTF = {'utf_8', 'utf_8_sig', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be'}
# the text codecs that are not single-byte code pages (which have a decoding_table)
_NOT_CHARMAP = _UTF | {'ascii', 'latin_1', 'unicode_escape', 'raw_unicode_escape', 'punycode'}

# a transform's function prefix (hex_encode, base64_decode...)
_TRANSFORM_PREFIX = {'hex_codec': 'hex', 'base64_codec': 'base64', 'quopri_codec': 'quopri',
                     'uu_codec': 'uu', 'zlib_codec': 'zlib'}


def _decoding_table(name):
    # the character of each byte; '\ufffe' where the page defines none, as CPython's tables
    chars = []
    for b in range(256):
        try:
            chars.append(bytes((b,)).decode(name))
        except UnicodeDecodeError:
            chars.append('\ufffe')
    return ''.join(chars)


def namespace(module):
    """The names of module encodings.<module>: encode, decode, Codec, getregentry and the rest."""
    info = codecs.lookup(module)
    encode_fn, decode_fn = info.encode, info.decode

    def encode(input, errors='strict'):
        return encode_fn(input, errors)

    def decode(input, errors='strict'):
        return decode_fn(input, errors)

    class Codec(codecs.Codec if hasattr(codecs, 'Codec') else object):
        def encode(self, input, errors='strict'):
            return encode_fn(input, errors)

        def decode(self, input, errors='strict'):
            return decode_fn(input, errors)

    def getregentry():
        return codecs.CodecInfo(name=info.name, encode=encode, decode=decode,
                                _is_text_encoding=info._is_text_encoding)

    ns = {'codecs': codecs, 'Codec': Codec, 'getregentry': getregentry}
    prefix = _TRANSFORM_PREFIX.get(module)
    if prefix is not None:
        ns[prefix + '_encode'] = encode
        ns[prefix + '_decode'] = decode
    elif module == 'rot_13':
        def rot13(infile, outfile):
            outfile.write(codecs.encode(infile.read(), 'rot-13'))
        ns['rot13'] = rot13
    elif module == 'punycode':
        ns['punycode_encode'] = lambda text: encode_fn(text)[0]
        ns['punycode_decode'] = lambda text, errors: decode_fn(text, errors)[0]
    elif module in _UTF:
        ns['encode'] = encode
        ns['decode'] = decode
    elif module not in _NOT_CHARMAP:
        ns['decoding_table'] = _decoding_table(info.name)
    # Named as the module's own definitions are in CPython (rot13, Codec.encode), not as the
    # functions and class made in here.
    for fn in (encode, decode, getregentry):
        fn.__module__ = 'encodings.' + module
    for key, value in ns.items():
        if callable(value) and getattr(value, '__module__', None) in (__name__, 'encodings.' + module):
            value.__module__ = 'encodings.' + module
            if key != 'Codec':
                value.__name__ = key
            value.__qualname__ = key
    for name in ('encode', 'decode'):
        method = Codec.__dict__[name]
        method.__module__ = 'encodings.' + module
        method.__qualname__ = 'Codec.' + name
    return ns
