"""A member's credentials (STR, SIP, certificates) and credits (SKP), and who is at risk."""
