"""The dashboard: the organisation at a glance, with its charts."""
