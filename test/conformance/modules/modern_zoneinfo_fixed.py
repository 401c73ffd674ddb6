# zoneinfo: utcoffset/dst/tzname of None (datetime.time) give the offset only for fixed-offset zones
import zoneinfo, datetime
for k in ['UTC','America/New_York','Etc/GMT+5','EST','Asia/Kolkata', 'Etc/UTC', 'Asia/Tokyo', 'MST', 'Pacific/Honolulu']:
    z=zoneinfo.ZoneInfo(k); print(k, z.utcoffset(None), z.tzname(None), z.dst(None))
    t = datetime.time(12, tzinfo=z)
    print(' ', t.utcoffset(), t.tzname(), t.dst())
