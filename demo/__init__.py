"""The demo province: a believable fictional province seeded by `flask seed-demo`, and bulk generation."""
