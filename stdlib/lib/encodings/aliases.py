"""encodings.aliases: alias -> codec module name, for the codecs tpy has (tpy's own table, in _codecs).

Names are normalised as encodings.normalize_encoding leaves them, lowercased."""

import _codecs

aliases = _codecs._aliases()
