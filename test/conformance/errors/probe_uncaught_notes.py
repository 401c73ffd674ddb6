# Exception notes, one of them on two lines, after the message
e = ValueError("msg")
e.add_note("note one")
e.add_note("note\ntwo lines")
raise e
