# http.HTTPStatus and http.HTTPMethod: members, values, phrases, descriptions, lookups, reprs
import http
from http import HTTPStatus, HTTPMethod

print(http.__all__)
print(len(HTTPStatus), len(HTTPMethod))
for s in HTTPStatus:
    print(int(s), s.name, repr(s.phrase), repr(s.description))
print(HTTPStatus.OK, repr(HTTPStatus.OK), str(HTTPStatus.NOT_FOUND), f'{HTTPStatus.CREATED}')
print(HTTPStatus(404), HTTPStatus(404).phrase, HTTPStatus['IM_A_TEAPOT'].phrase)
print(HTTPStatus.OK == 200, HTTPStatus.OK + 1, isinstance(HTTPStatus.OK, int), HTTPStatus.OK.value)
print(sorted({HTTPStatus.OK: 'a', 200: 'b'}.items()))
print('%d %s' % (HTTPStatus.FOUND, HTTPStatus.FOUND.phrase))
for bad in (299, 'OK', None):
    try:
        HTTPStatus(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    HTTPStatus['NOPE']
except KeyError as e:
    print(type(e).__name__, e)
for m in HTTPMethod:
    print(m.name, m.value, repr(m), str(m), repr(m.description))
print(HTTPMethod.GET == 'GET', HTTPMethod('POST'), f'{HTTPMethod.PUT}', HTTPMethod.GET.upper())
try:
    HTTPMethod('get')
except ValueError as e:
    print(type(e).__name__, e)
print(HTTPStatus.__doc__.splitlines()[0], '|', HTTPMethod.__doc__.splitlines()[0])
print(HTTPStatus.__members__['NOT_FOUND'] is HTTPStatus.NOT_FOUND)
