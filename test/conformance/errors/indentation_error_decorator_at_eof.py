# a block ending in a decorator at the end of a file: unexpected unindent, no caret
def handler():
    @route("/")
