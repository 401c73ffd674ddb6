# print(flush=True) writes its line out; what is printed after it is dropped by os._exit.
import os
print("kept", flush=True)
print("dropped")
os._exit(0)
