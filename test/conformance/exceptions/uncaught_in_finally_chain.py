# an exception raised in a finally block while another propagates
def work():
    try:
        return [1, 2][5]
    finally:
        print("cleanup")
        cleanup_helper()
def cleanup_helper():
    raise OSError("disk gone")
work()
