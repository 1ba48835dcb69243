"""Replications, their logbooks and knowledge-exchange events: how a replication moves
(`workflow.py`), what the public pages and the API show of them (`pages.py`, `api.py`,
`views.py`, `ical.py`), their admin (`admin/`) and the coordinator's desk lists (`desk.py`).
Their models stay in practices/models/ (`replication.py`, `events.py`)."""
