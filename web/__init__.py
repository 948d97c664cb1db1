"""The web layer: the shell around the features (home, menu, errors, language, guards) and the one commit helper."""
