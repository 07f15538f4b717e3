"""One widget per tab, in report order. Each tab knows its ``key`` (the report section it shows)."""
