// Public API of @o2c/pricing: filled in by its issue.
export {};
