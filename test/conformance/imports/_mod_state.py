# helper module (not a test): module-level state changed through functions
counter = 0
history = []
def increment(by=1):
    global counter
    counter += by
    history.append(counter)
    return counter
def get():
    return counter
