# uncaught raise-from inside nested calls: both tracebacks joined by "direct cause"
def read_config(data, key):
    return data[key]
def get_port(data):
    try:
        return int(read_config(data, "port"))
    except KeyError as e:
        raise RuntimeError("config has no port") from e
def start(data):
    print("starting")
    port = get_port(data)
    print("never", port)
print(get_port({"port": "80"}))
start({})
