try:
    pass
except KeyError:
    pass
except  *  ValueError:
    pass
