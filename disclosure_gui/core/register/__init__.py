"""The request register (依申请公开台账): log each application during the year, count table 三 from it.

Qt-free. :mod:`.model` is the record, :mod:`.tables` the counting, :mod:`.deadlines` the statutory
reply deadlines, :mod:`.labels` reading officers' words, :mod:`.columns` the columns and the headers
registers use for them, :mod:`.tabular` Excel/CSV in and out, :mod:`.storage` the local files.
"""
