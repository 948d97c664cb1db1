"""The web layer's shared pieces: what every view, the API and the CLI use around one service call."""
