# A built-in method applied to the wrong type: slot wrappers and method descriptors word it differently.
cases = ["list.__len__(3)", "list.append(3, 1)", "int.__add__('a', 1)", "dict.__getitem__([], 1)",
         "dict.__contains__([], 1)", "set.__contains__([], 1)", "list.__contains__(3, 1)", "type.__call__(3)",
         "tuple.__getitem__([], 0)", "str.upper(3)", "list.__setitem__(3, 0, 1)", "float.__eq__(3, 1)",
         "list.__reversed__(3)", "int.__round__('x')", "list.__iadd__(3, [])"]
for c in cases:
    try:
        eval(c)
    except TypeError as e:
        print(c, '->', e)
print(dict.__getitem__, set.__contains__, list.__contains__, list.__getitem__, tuple.__getitem__, str.__len__)
print(type(list.__len__).__name__ in ('wrapper_descriptor', 'method_descriptor'))
