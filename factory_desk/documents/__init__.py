"""PDF documents drawn with reportlab from plain data: certificates, sign-in sheets, session reports, A3.

Fonts come from resources/fonts and are embedded in every file (issues 5–7 fill this package)."""
