backup_retention_days = 3
