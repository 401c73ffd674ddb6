# "Did you mean" takes the first of the equally close names, in the namespace's order: the
# builtins are in CPython's order (st -> set before str; lis -> list; rang -> range).
import builtins
names = list(builtins.__dict__)
print(names.index('set') < names.index('str'), names[:8])
for src in ('st', 'lis', 'rang', 'fliter', 'flot'):
    try:
        eval(src)
    except NameError as e:
        print(type(e).__name__, e)
st.x
