# %-formatting with a mapping argument
record = {"name": "Widget", "price": 9.5, "qty": 3, "code": 255}
print("%(name)s costs %(price).2f" % record)
print("%(qty)03d units, code %(code)#x" % record)
print("%(name)-10s|%(name)10s|" % record)
print("%(price)s %(price)r %(qty)s" % record)
print("%(name)s %(name)s" % record)
print("%%(name)s" % {})
print("total: %(t)8.2f" % {"t": record["price"] * record["qty"]})
try:
    "%(name)s %s" % record
except TypeError as e:
    print("TypeError:", e)
try:
    "%(name" % record
except ValueError as e:
    print("ValueError:", e)
print("%s" % record == str(record))
