"""Identity documents of Indonesian members: the NIK on the KTP and what it encodes."""
