"""Whether each uplink endpoint (CarGoRuqsat, ĐBVN, the SFTP server) can be reached through the VPN."""
