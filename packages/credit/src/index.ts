// Public API of @o2c/credit: filled in by its issue.
export {};
