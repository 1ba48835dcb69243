"""Curation of practices: how a practice moves from mapping to publication (`workflow.py`, the
only code that changes a practice's stage, on the steps it shares with replications in
`staging.py`), what each stage asks of it (`completeness.py`, `screening.py`), its revisions
(`revisions.py`) and the spreadsheet import of mapped practices (`imports.py`)."""
