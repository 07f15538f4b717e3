"""The 依申请公开台账 tab: the register as a Qt model with undo, its view, its pieces and the import's column
mapping."""
