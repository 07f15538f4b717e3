"""Publishing the report: one outline (``outline``) rendered as PDF (``pdf``), Word (``docx``), an HTML
fragment for website editors (``html``) and plain text (``text``)."""
