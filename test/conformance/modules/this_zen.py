# import this: prints the Zen of Python once; the module's ROT13 text and table
import this
import this
print(this.c, this.i, len(this.s), len(this.d), this.d['a'], this.d['N'], this.s[:8])
print("".join([this.d.get(ch, ch) for ch in this.s]).splitlines()[2])
print(sorted(k for k in vars(this) if not k.startswith('__')))
