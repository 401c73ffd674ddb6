"""Python interfaces to XML parsers: xml.parsers.expat, tpy's Expat work-alike."""
