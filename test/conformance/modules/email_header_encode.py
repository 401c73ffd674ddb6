# email.header: decode_header, make_header, Header and RFC 2047 encoding
from email.header import Header, decode_header, make_header
from email.charset import Charset
from email import charset as cs

for v in ['plain text', '=?utf-8?q?caf=C3=A9?=', '=?iso-8859-1?q?p=F6stal?= code',
          '=?utf-8?b?w7xiZXI=?= =?utf-8?b?IGFsbGVz?=', 'a =?utf-8?q?x?= b =?utf-8?q?y?=',
          '=?UTF-8?Q?mixed_Case?=', '=?utf-8?b?w7x?=']:
    print(repr(v), decode_header(v))
h = make_header(decode_header('=?iso-8859-1?q?p=F6stal?= code and =?utf-8?q?caf=C3=A9?='))
print(str(h), repr(h.encode()))
print(Header('hello world').encode())
print(Header('Grüße', 'utf-8').encode())
print(Header('naïve', 'iso-8859-1').encode())
print(Header('こんにちは', 'utf-8').encode())
h2 = Header('ascii part ')
h2.append('Grüße', 'utf-8')
h2.append(' tail')
print(str(h2), '|', h2.encode())
long = Header('word ' * 30, header_name='Subject')
print(long.encode())
longu = Header('Grüße ' * 20, 'utf-8', header_name='Subject')
print(longu.encode())
semi = Header('a=1; b=2; ' * 12, header_name='X-Params')
print(semi.encode())
print(Header('nofold ' * 20).encode(maxlinelen=0))
print(Header('x') == 'x', decode_header(Header('Grüße', 'utf-8')))
c = Charset('utf-8')
print(repr(c), c.input_charset, c.output_charset, c.header_encoding, c.body_encoding, c.get_body_encoding())
print(Charset('latin_1').input_charset, Charset('latin_1').get_body_encoding(), Charset('ascii').get_body_encoding().__name__)
print(c.header_encode('Grüße'), Charset('iso-8859-1').header_encode('Grüße'), Charset('us-ascii').header_encode('abc'))
print(repr(c.body_encode('Grüße\n')), repr(Charset('iso-8859-1').body_encode('Grüße\n')))
print(Charset('euc-jp').output_charset, c == 'UTF-8', Charset('koi8-r').get_body_encoding())
import email.quoprimime as qp, email.base64mime as b64
print(qp.body_encode('x' * 80 + ' \n' + 'é' * 30 + '\n=end\t'))
print(qp.header_encode(b'hello world_=?'), qp.header_length(b'a b\xff'), qp.body_length(b'a=b'))
print(repr(qp.decode('caf=C3=A9 =\nnext\n')), qp.header_decode('a_b=3Dc'))
print(b64.header_encode(b'hello'), b64.header_length(b'hello'), repr(b64.body_encode(b'x' * 70)), b64.decode('aGVsbG8='))
