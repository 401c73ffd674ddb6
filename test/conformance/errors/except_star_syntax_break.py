for x in range(3):
    try:
        pass
    except* ValueError:
        for y in range(2):
            break
        break
