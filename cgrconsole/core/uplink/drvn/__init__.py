"""The Vietnamese national camera-image protocol (Decision 2480/QĐ-TCĐBVN, v1.1-2021), "drvn".

The destination is ``client.DrvnClient``; its settings ``settings.DrvnSettings``; the daily
reconciliation ``reconcile.reconcile``. The package imports nothing, so reading the settings
(``config-check``) does not pay for the HTTP client.
"""
