"""Evaluation councils (hội đồng thẩm định): members, assigned initiatives, conflicts of interest."""
