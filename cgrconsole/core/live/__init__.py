"""Low-Latency HLS for the remote operator: packager, playlists, HTTP/2 server, access control, metrics."""
