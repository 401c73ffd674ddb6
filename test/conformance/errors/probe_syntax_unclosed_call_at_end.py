# A call left open at the end of the file: the parser reads on to the end, so the unclosed bracket is the error
result = max(values key
