"""Screening: evaluations, their form and the words for verdicts."""
