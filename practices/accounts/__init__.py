"""People and their accounts: invitations, roles, deactivation, signing in on the public site."""
