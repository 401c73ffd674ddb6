# A mail-merge tool: string.Template letters with safe_substitute and errors, email.message
# EmailMessage building (headers, alternatives, attachments), policy-driven as_string,
# parsing back with email.parser, header encoding, address parsing/formatting, and
# quoted-printable/base64 transfer encodings.
import email
from email.message import EmailMessage
from email import policy
from email.parser import Parser, BytesParser
from email.utils import formataddr, parseaddr, getaddresses, format_datetime
from email.header import Header, decode_header, make_header
from string import Template
from datetime import datetime, timezone
import quopri

LETTER = Template("""Dear $name,

your order #${order} of $$${amount} ships on $date.
$missing_line
Regards, $shop""")

customers = [
    {"name": "Ann O'Neil", "email": "ann@example.org", "order": 1001, "amount": "19.99", "date": "Mon 3 June"},
    {"name": "Jürgen Groß", "email": "jg@example.de", "order": 1002, "amount": "5.00", "date": "Tue 4 June"},
]
for c in customers:
    print(LETTER.safe_substitute(c, shop="Widgets & Co"))
    print("-" * 20)
try:
    LETTER.substitute(customers[0], shop="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("cost: $5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b ${a}x").substitute(a=1, b=2), Template("$$ and $").safe_substitute())

msg = EmailMessage()
msg["From"] = formataddr(("Widgets & Co", "shop@widgets.example"))
msg["To"] = ", ".join(formataddr((c["name"], c["email"])) for c in customers)
msg["Subject"] = "Your order – shipping update ✓"
msg["Date"] = format_datetime(datetime(2024, 6, 3, 9, 30, tzinfo=timezone.utc))
msg["Message-ID"] = "<1001@widgets.example>"
msg.set_content("Plain text body.\nLine two with ümlaut.\n")
msg.add_alternative("<p>HTML <b>body</b></p>\n", subtype="html")
msg.add_attachment(b"id,qty\n1,2\n", maintype="text", subtype="csv", filename="order.csv")
msg.add_attachment(bytes(range(40)), maintype="application", subtype="octet-stream", filename="blob.bin")
print(msg["To"])
print(msg["Subject"], "|", msg.get_content_type(), msg.is_multipart(), len(msg.get_payload()))
for part in msg.walk():
    print(f"  {part.get_content_type():<28} {part.get_content_disposition()!s:<10} {part.get_filename()!s:<10} {part.get('Content-Transfer-Encoding')}")
body = msg.get_body(preferencelist=("plain",))
print(repr(body.get_content()))
print([a.get_filename() for a in msg.iter_attachments()])
raw = msg.as_bytes(policy=policy.SMTP)
back = BytesParser(policy=policy.default).parsebytes(raw)
print(back["Subject"], "|", back["To"].addresses[1].display_name, back["To"].addresses[1].domain)
print(back.get_body(("html",)).get_content(), end="")
att = list(back.iter_attachments())
print(att[0].get_content(), att[1].get_content()[:5], att[1].get_content_type())
simple = Parser().parsestr("From: a@b.c\nTo: d@e.f\nSubject: =?utf-8?q?caf=C3=A9?=\nX-Num: 5\n\nhello\nworld\n")
print(simple["Subject"], decode_header(simple["Subject"]), str(make_header(decode_header(simple["Subject"]))), simple.get_payload(), simple.keys())
print(parseaddr("Ann <ann@example.org>"), parseaddr("bad address"), getaddresses(["a@x.y, B <b@x.y>", "c@x.y"]))
print(Header("Grüße aus Köln", "utf-8").encode(), formataddr(("Jürgen", "jg@example.de")))
print(quopri.encodestring("Grüße = hello\n".encode("utf-8")), quopri.decodestring(b"Gr=C3=BC=C3=9Fe"))
m2 = email.message_from_string("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nK=C3=B6ln=\n ist sch=C3=B6n\n")
print(repr(m2.get_payload(decode=True).decode("utf-8")), m2.get_content_charset(), m2.get_param("charset"))
m3 = EmailMessage()
m3["Subject"] = "hello"
m3.set_content("short")
del m3["Subject"]
m3["Subject"] = "replaced"
m3.replace_header("Subject", "replaced again")
print(m3.as_string(), m3.get_all("Subject"), "X" in m3, m3.get("X", "default"))
try:
    m3["Subject"] = "duplicate"
except ValueError as e:
    print("ValueError:", e)
