# open('') fails with ENOENT in every mode (it is not the current directory).
for mode in ('r', 'rb', 'w', 'a', 'x', 'r+'):
    try:
        open('', mode)
    except OSError as e:
        print(mode, type(e).__name__, e.errno, e)
