# alignment, width and fill characters in format specs
for spec in ("<8", ">8", "^8", "*<8", "*>8", "*^8", "-^9", "8", "2", "^7"):
    print(repr(format("abc", spec)), repr(format(42, spec)))
print("[{:=+8}] [{:0=8}] [{:*=8}]".format(42, -42, -42))
print("[{:08}] [{:08.2f}] [{:+08d}]".format(-3, -3.14159, 3))
print("[{:^}] [{:>1}]".format("x", "long string"))
print("[{:<5}] [{:>5}] [{}]".format(True, "none", None))
print("[{:<6}] [{:>6}] [{:^6}]".format(1.5, -2.25, 0.0))
print("[{:>4}] [{:<4}] [{:^4}]".format("toolong", "toolong", "ab"))
for w in range(1, 5):
    print("[" + format("é", "^" + str(w)) + "]")
