"""Sample and synthetic data: the sample practices, replications and events of `seed_demo`, the
pictures and PDFs drawn for them, and the synthetic records of the `generate_*` commands for
measuring speed. Only the management commands import this package; no view, admin or API
module does (an import-linter contract in pyproject.toml says so)."""
