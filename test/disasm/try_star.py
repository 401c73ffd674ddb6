try:
    f()
except* ValueError:
    g()
except* (TypeError, KeyError) as eg:
    h(eg)
else:
    done()
finally:
    cleanup()
