# uncaught KeyError shows the repr of the missing key
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
def get_setting(name):
    return config[name]
print(get_setting("host"))
print(config.get("timeout"), config.get("timeout", 30))
for key in ("host", "port"):
    print(key, get_setting(key))
print(get_setting("timeout"))
