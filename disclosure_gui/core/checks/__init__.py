"""Every check of a report: the rules R…, the quality review Q…, the local profile's P… and the register's T…,
each declared once in :mod:`.registry`, which runs them all."""
