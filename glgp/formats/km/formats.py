"""Khmer number format of the portal, over Django's own Khmer formats (dates stay Django's).

Django's Khmer writes a decimal comma and groups thousands with a point; the portal's content
wrote thousands with a space and the interface with a comma, so ២,៨ could be read as 2.8 or
2,800. One rule for interface and content (GLOSSARY.md): thousands grouped by a no-break space,
a point for decimals, never a comma between digits.
"""

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = "\u00a0"
NUMBER_GROUPING = 3
