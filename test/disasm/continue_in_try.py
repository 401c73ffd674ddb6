for x in xs:
    try:
        continue
    except E:
        continue
    finally:
        continue
while cond:
    with lock:
        continue
