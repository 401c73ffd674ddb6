# an unterminated string literal
print("never printed")
greeting = 'hello'
name = "world"
text = """a triple-quoted
string spanning lines is fine"""
print(greeting, name, text)
message = "this string never ends
print(message)
print("unreachable")
