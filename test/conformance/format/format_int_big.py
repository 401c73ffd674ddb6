# formatting very large integers in several bases and with separators
big = 2 ** 100
print(big, str(big), repr(big))
print(f"{big:,}", f"{big:_}", f"{big:x}", f"{big:#o}")
print(f"{big:e}", f"{big:.3e}", f"{big:g}", f"{float(big)}")
print("%d %x %o" % (big, big, big))
print(f"{-big:>40,}")
print(f"{big:b}".count("1"), len(f"{big:b}"))
print(hex(big), oct(big), bin(big)[:10])
print(f"{10 ** 25:030d}", f"{-10 ** 25:+,}")
print(str(10 ** 100)[:10], len(str(10 ** 100)))
print(f"{2 ** 64 - 1:#_x}")
