# A SyntaxWarning quotes line N of the file named, read from disk (linecache), not of the source compiled
compile("x = 1 is 1\n", "no_such_file.py", "exec")
compile("y = 1if 1else 2\n", "no_such_file.py", "exec")
compile("\n\nz = 'a' is 'a'\n", "compile_warning_line_from_file.py", "exec")
compile("w = [0x1for x in ()]\n", "compile_warning_line_from_file.py", "exec")
compile("assert (w, 1)\n", "<string>", "exec")
print("done")
