# sizes beyond a C Py_ssize_t: shifts, to_bytes lengths and bytes() counts raise CPython's OverflowError, not MemoryError
for e in ["1 << 10**20", "-5 << 10**30", "0 << 10**20", "1 >> 2**64", "-1 >> 10**30",
          "(1).to_bytes(2**63, 'big')", "(1).to_bytes(2**64, 'little')", "(1).to_bytes(-1, 'big')",
          "bytes(2**63)", "bytearray(2**70)", "'a' * 2**63", "[0] * 2**63"]:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
