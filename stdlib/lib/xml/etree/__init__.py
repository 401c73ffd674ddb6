# ElementTree package: xml.etree.ElementTree and its ElementPath.
