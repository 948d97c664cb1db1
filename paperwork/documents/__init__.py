"""The documents paperwork generates: each kind is one module turning its data into a .docx."""
