# helper module (not a test): code under the __name__ guard runs only as a script
print("_mod_main_guard body runs, __name__ =", __name__)
def helper():
    return "helper called"
if __name__ == "__main__":
    print("this line is not printed when imported")
