# nested replacement fields inside format specs
value = 3.14159
for width in (6, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")
fill, align, w = "*", "^", 11
print(f"[{'center':{fill}{align}{w}}]")
print("[{:{}{}{}}]".format("left", "-", "<", 9))
print("[{0:{1}}] [{0:{2}}]".format(42, 6, "x"))
spec = ">8.2f"
print(f"[{value:{spec}}]")
print("[{val:{spec}}]".format(val=2.5, spec="+.3e"))
cols = [("a", 3), ("bbb", 5), ("cc", 4)]
print("|".join(f"{name:^{width}}" for name, width in cols))
print(f"{'x':{'>'}{3}}", f"{10:{'#'}{'x'}}")
