"""The national report format and the report itself: the schema (every label once), the printed grid, the report
model, the exchange file and its limits, carry-over from last year, agency kinds, the opening paragraph, the local
profile a district hands out, and the shared helpers every other part reads: cell values, labels and the calendar."""
