# augmented assignment errors name the in-place operator (+=, *=, ...) when neither side supports it
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e)
def iadd():
    x = 1
    x += "s"
def imul_range():
    r = range(3)
    r *= "ab"
def imul_str_by_list():
    s = "ab"
    s *= [2]
def isub_set_list():
    s = {1}
    s -= [1]
def ior_dict_list():
    d = {}
    d |= [1]
def ipow():
    n = 2
    n **= "x"
for label, f in (("+=", iadd), ("*= range", imul_range), ("*= str", imul_str_by_list), ("-= set", isub_set_list), ("|= dict", ior_dict_list), ("**=", ipow)):
    attempt(label, f)
