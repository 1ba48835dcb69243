"""The open-data package: a Frictionless Data Package of the public practices, the reference
lists and a codebook in Khmer and English, built once per public revision."""
