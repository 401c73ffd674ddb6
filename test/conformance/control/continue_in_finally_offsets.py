# `continue` inside try/finally at many code offsets: CONTINUE_LOOP's target is absolute
# (read as relative, it once landed on a later jump and looped forever). The functions are
# built from source so that each puts the loop at another offset.


def source(pad):
    lines = ["def f(n, flag):", "    out = []"]
    lines += [f"    p{k} = {k} + n" for k in range(pad)]
    lines += [
        "    for i in range(n):",
        "        try:",
        "            if i % 3 == 1:",
        "                continue",
        "            out.append(i)",
        "        finally:",
        "            out.append(-i)",
    ]
    # Code after the loop, with jumps in it, long enough to hold the wrong target.
    for k in range(12):
        lines += ["    if flag:", f"        out.append({k})", "    else:", f"        out.append(-{k})"]
    lines.append("    return out")
    return "\n".join(lines) + "\n"


for pad in range(8):
    ns = {}
    exec(source(pad), ns)
    print(pad, ns["f"](5, True), ns["f"](4, False))
