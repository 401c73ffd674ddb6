# str() of UnicodeEncodeError/DecodeError/TranslateError: single-character and range forms, and after
# the attributes are changed (any object's str(), an object no longer a str counts as empty).
e = UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'bad')
print(str(e)); print(repr(e))
e = UnicodeEncodeError('ascii', 'a\u1234b', 1, 2, 'bad'); print(e)
e = UnicodeEncodeError('ascii', 'a\U00012345b', 1, 2, 'bad'); print(e)
e = UnicodeEncodeError('ascii', 'abcd', 1, 3, 'bad'); print(e)
e.start = 0; e.end = 1; print(e)
e.encoding='utf-8'; e.reason='r'; print(e)
e.object = 'x'; print(e)
e.end = 10; print(e)
e.start = 5; print(e)
d = UnicodeDecodeError('utf-8', b'a\xffb', 1, 2, 'invalid'); print(d)
d = UnicodeDecodeError('utf-8', b'a\xffb', 0, 3, 'invalid'); print(d)
d = UnicodeDecodeError('utf-8', bytearray(b'a\x01b'), 1, 2, 'invalid'); print(d)
d.start = 10; print(d)
t = UnicodeTranslateError('a\xe9b', 1, 2, 'no'); print(t)
t = UnicodeTranslateError('a\u1234b', 1, 2, 'no'); print(t)
t = UnicodeTranslateError('a\U00012345b', 1, 2, 'no'); print(t)
t = UnicodeTranslateError('abc', 0, 3, 'no'); print(t)
print(t.encoding, t.args)
try: 'é'.encode('ascii')
except UnicodeError as e: print(e)
try: b'\xff'.decode('utf-8')
except UnicodeError as e: print(e)
e = UnicodeEncodeError('ascii', 'a\x7fb', 1, 2, 'bad'); print(e)
e = UnicodeEncodeError('ascii', 'a\x05b', 1, 2, 'bad'); print(e)
try: UnicodeEncodeError('ascii', 'a', 1)
except TypeError as e: print(e)
# unicode error strs
for e in [UnicodeEncodeError('ascii', 'x\uffffy', 1, 2, 'r'), UnicodeEncodeError('ascii', 'x', 0, 0, 'r'), UnicodeEncodeError('ascii', 'x', 5, 7, 'r'),
          UnicodeDecodeError('ascii', b'\x00\x80', 1, 2, 'r'), UnicodeDecodeError('ascii', b'\x00', 0, 0, 'r'), UnicodeDecodeError('ascii', b'', 0, 1, 'r'),
          UnicodeTranslateError('\x00\xff', 0, 1, 'r'), UnicodeTranslateError('\U0010ffff', 0, 1, 'r'), UnicodeTranslateError('ab', 1, 0, 'r')]:
    print(repr(str(e)))
e = UnicodeEncodeError('ascii', 'abc', 0, 1, 'r')
e.start = -5; print(str(e)); e.end = -1; print(str(e)); e.start = 2; e.end = 1; print(str(e))
e.object = 5
try: print(str(e))
except Exception as x: print(type(x).__name__, x)
e = UnicodeDecodeError('ascii', b'abc', 0, 1, 'r'); e.reason = 5
try: print(str(e))
except Exception as x: print(type(x).__name__, x)
e = UnicodeTranslateError('abc', 0, 1, 'r'); e.encoding = 'x'; print(str(e), e.encoding)
class S(str): pass
e = UnicodeEncodeError(S('ascii'), S('abc'), 0, 1, S('r')); print(str(e), type(e.encoding))
for a in [(1, 'a', 0, 1, 'r'), ('a', b'a', 0, 1, 'r'), ('a', 'a', 0, 1)]:
    try: UnicodeEncodeError(*a)
    except TypeError as x: print(x)
try: UnicodeDecodeError('a', 'str', 0, 1, 'r')
except TypeError as x: print(x)
print(UnicodeDecodeError('a', memoryview(b'ab'), 0, 1, 'r').object)
