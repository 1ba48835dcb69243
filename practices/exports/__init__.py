"""Downloads of practices: the browse page's selection as CSV, XLSX or JSON, and the columns
and codes that the open-data package describes. Rows are read in batches and written as they
come, so that memory does not grow with the number of practices."""
