# sys.stdout.writelines and sys.stderr.writelines: any iterable of str, TypeError otherwise.
import sys
sys.stdout.writelines(['a\n', 'b\n'])
sys.stdout.writelines(x + '\n' for x in 'cd')
try: sys.stdout.writelines(['a\n', 1])
except TypeError as e: print(e)
try: sys.stdout.writelines(1)
except TypeError as e: print(e)
sys.stderr.writelines(['err\n'])
