"""The district office's work on its units' reports: collecting and summing them, their review states, copied
texts, the ranked ratios and the status board as a file."""
