"""The district office's 汇总 workspace: the status board, the review tabs and the local profile it hands out."""
