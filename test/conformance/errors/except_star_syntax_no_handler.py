try:
    pass
x = 1
except* ValueError:
    pass
