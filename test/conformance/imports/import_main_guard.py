# __name__ is "__main__" in the script and the module name inside imported modules
print("main __name__ =", __name__)
import _mod_main_guard
print(_mod_main_guard.helper())
print(_mod_main_guard.__name__)
if __name__ == "__main__":
    print("running as a script")
else:
    print("imported")
def main():
    return "main() called"
if __name__ == "__main__":
    print(main())
