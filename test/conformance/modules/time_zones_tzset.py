import time, os
zones = ['America/New_York', 'Europe/Paris', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham',
         'America/Sao_Paulo', 'Europe/Dublin', 'Africa/Casablanca', 'Asia/Tehran', 'Pacific/Apia',
         'Europe/Moscow', 'America/St_Johns', 'Antarctica/Troll', 'Etc/GMT-14', 'UTC', 'EST5EDT',
         'JST-9', 'CET-1CEST,M3.5.0,M10.5.0/3', '<+0330>-3:30', 'NZST-12NZDT,M9.5.0,M4.1.0/3',
         'AAA3BBB,J60/2,J300/2', 'XXX-2YYY,0/0,200/25', 'Foo', 'America/Los_Angeles', 'Asia/Tokyo']
for z in zones:
    os.environ['TZ'] = z
    time.tzset()
    print(z, time.tzname, time.timezone, time.altzone, time.daylight)
    for t in [-2**31, -1e9, 0, 5e8, 1e9, 1.2e9, 1678606200, 1699162200, 1700000000, 2e9, 2.5e9, 4e9, 1e10]:
        lt = time.localtime(t)
        print(' ', int(t), tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.strftime('%Z %z', lt), time.mktime(lt))
    for tup in [(2023,11,5,1,30,0,0,0,-1),(2023,11,5,1,30,0,0,0,0),(2023,11,5,1,30,0,0,0,1),(2023,3,12,2,30,0,0,0,-1),
                (2023,3,12,2,30,0,0,0,0),(2023,3,12,2,30,0,0,0,1),(2023,1,5,12,0,0,0,0,1),(2023,7,5,12,0,0,0,0,0),
                (2023,7,5,12,0,0,0,0,-1),(2023,13,40,25,61,0,0,0,-1),(2023,4,2,2,30,0,0,0,-1),(2023,10,1,2,30,0,0,0,-1),
                (2023,3,26,2,30,0,0,0,-1),(2023,10,29,2,30,0,0,0,-1),(1970,1,1,0,0,0,0,0,0),(2038,6,1,0,0,0,0,0,-1)]:
        print('  mk', tup, time.mktime(tup))
    print(' ', time.ctime(1e9), time.asctime(time.localtime(3e8)))
