"""Onboarding a province: Excel imports of units, accounts and past initiatives, and account invitations."""
