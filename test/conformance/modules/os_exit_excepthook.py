# os._exit called by sys.excepthook for an uncaught exception: its status, and no traceback printed
import os, sys

def hook(cls, exc, tb):
    print('hook got', cls.__name__, exc)
    sys.stdout.flush()
    os._exit(12)

sys.excepthook = hook
print('before')
{}['missing']
