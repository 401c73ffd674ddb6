# collapsing applies to repeated groups of identical lines; a different last line stays
def walk(n):
    if n > 0:
        return walk(n - 1)
    return finish()
def finish():
    raise LookupError("done walking")
walk(25)
