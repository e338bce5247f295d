"""The Certificates area: numbered certificates for those who completed a programme."""
