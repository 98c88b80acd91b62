"""PDF documents in one house style (reportlab platypus), loaded only when first needed."""
