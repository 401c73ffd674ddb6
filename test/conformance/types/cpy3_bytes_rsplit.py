# bytes/bytearray.rsplit scan from the right, with or without maxsplit.
for t in (bytes, bytearray):
    b = t(b'a--b--c--d')
    print(b.rsplit(b'--', 1), b.rsplit(b'--', 2), b.rsplit(b'--'), b.rsplit(b'--', 0))
    print(t(b'aaaa').rsplit(b'aa', 1), t(b'aaa').rsplit(b'aa'), t(b'aaaaa').rsplit(b'aa'))
    print(t(b'aaa').split(b'aa'), t(b'  a  b ').rsplit(None, 1), t(b'xyzxyzx').rsplit(b'yz', 1))
    print(t(b'abab').rsplit(b'ab'), t(b'').rsplit(b'ab'), t(b'x').rsplit(b'xyz'))
    try:
        t(b'a').rsplit(b'')
    except ValueError as e:
        print(e)
