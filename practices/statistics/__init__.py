"""The statistics page's figures: the practices a reader may see, counted by province, theme,
level and year, and their beneficiaries with the share of women."""
