# None.__bool__ is a slot wrapper: it takes no arguments, positional or keyword.
o = None
print(o.__bool__(), type(o).__bool__(o))
for call in (lambda: o.__bool__(1), lambda: o.__bool__(x=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
