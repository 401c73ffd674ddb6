import operator
for n in ('abs','neg','pos','invert','inv','not_','truth','index','add','is_'):
  f=getattr(operator,n)
  for a,k in (((),{}),((1,2),{}),((1,),{'x':1})):
    try: f(*a,**k)
    except TypeError as e: print(n, e)
