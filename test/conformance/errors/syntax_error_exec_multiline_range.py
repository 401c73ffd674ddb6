# An uncaught SyntaxError from exec() whose range runs onto a later line: carets stop at the first line's end
code = "[x\n for x in range(3)] = 1\n"
exec(code)
