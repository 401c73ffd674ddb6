# string literals: quotes, escapes, raw strings, implicit concatenation, triple quotes
print('single', "double", 'it\'s', "say \"hi\"")
print("tab[\t]", "back\\slash")
print("newline[\n]")
print("\x41\x42\x43", "\101\102", "\u00e9", "\U0001F600" == "\U0001f600")
print(len("\x00\x01"), len("\u00e9"), ord("\u00e9"))
print(r"raw\n\t", R'raw\\')
print(len(r"\n"), len("\n"))
print("con" "cat" 'en' "ation")
s = ("multi "
     "line "
     "concat")
print(s)
t = """triple
quoted "string" with 'quotes'"""
print(t)
u = '''another
  indented'''
print(u)
print("a\
b")
print('\'' + "\"" + '\\')
print(repr("\t\n\r\x0b\x0c"))
print("\a" == "\x07", "\b" == "\x08", "\0" == "\x00")
print("" == '', len(""))
