"""Archive upload over SFTP (R-SFTP): settings, a connection with a pinned host key, a file's
transfer, the worker."""
