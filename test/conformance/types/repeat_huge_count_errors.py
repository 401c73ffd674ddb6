import sys
for n in [sys.maxsize//2, sys.maxsize//2 + 1, sys.maxsize//3, sys.maxsize//3+1, sys.maxsize, 2**40, 2**62, 2**53+1]:
  for x in ['ab', 'abc', b'ab', b'abc', bytearray(b'ab'), [1,2], (1,2), 'a', b'a']:
    for f in (lambda: x*n, lambda: n*x):
      try: f()
      except Exception as e: print(type(x).__name__, n, type(e).__name__, e)
try: 'ab' * (sys.maxsize+1)
except OverflowError as e: print(e)
print('ab'*3, b'x'*2, 'a'*0, 'q'*-5, 'ab'*True)
