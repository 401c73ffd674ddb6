# helper module (not a test): prints when its body runs, to show modules load once
print("loading _mod_loadcount")
loads = []
loads.append("loaded")
def hello():
    return "hello from _mod_loadcount"
