# json: the RecursionError messages of the C encoder (dumps), the pure-Python one (indent, dump, iterencode) and the decoder
import json, io
x = []
for _ in range(5000): x = [x]
for kw in [{}, {'indent': 1}]:
    try: json.dumps(x, **kw)
    except RecursionError as e: print('RecursionError', e)
try: json.dump(x, io.StringIO())
except RecursionError as e: print('RecursionError', e)
try: list(json.JSONEncoder().iterencode(x))
except RecursionError as e: print('RecursionError', e)
try: json.loads('[' * 5000 + ']' * 5000)
except RecursionError as e: print('RecursionError', e)
