# SystemExit with a non-int, non-None code prints its str() to stderr and exits with status 1
print("exiting with a tuple")
raise SystemExit((1, "two"))
