# A program file's SyntaxError after non-ASCII text: CPython places the carets by UTF-8 bytes
edad = 20
print("¿Cuántos años tienes?" edad)
