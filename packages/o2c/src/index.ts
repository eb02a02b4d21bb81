// Public API of @o2c/o2c: filled in by its issue.
export {};
