"""What every area of the window shares: labels, texts, form errors, the error net."""
