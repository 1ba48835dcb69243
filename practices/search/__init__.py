"""Search and the public read model, one module per layer (each imports only those above it
in this list):

- text: Khmer and Latin text without the database (words, normalisation, snippets)
- postgresql, sqlite: every difference between the two database engines; engine picks one
- queries: which practices match a search, ranked
- facets: the browse filters' options and their counts
- overview: what each audience may see, summed up once per public revision
- indexer: the only writer of the read model (practices/models/read_model.py)

This file imports nothing, so that importing a lower module never loads a higher one.
"""
